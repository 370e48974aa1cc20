package uk.gov.safervoices.definitions.load;

import java.util.Objects;

/**
 * One problem found in a definition file.
 *
 * @param file       the file name (e.g. community-safety-survey.yaml)
 * @param line       1-based line, or 0 when unknown
 * @param column     1-based column, or 0 when unknown
 * @param questionId the question or section id the problem is about (so an editor can show it there), or null
 * @param message    one or more sentences: what is wrong and what to do
 */
public record ValidationError(ErrorCode code, String file, int line, int column, String questionId,
                              String message) {

    public ValidationError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: SV003 Question id "x" is used twice (first at line 12). Give each ...}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + code + " " + message;
    }
}
