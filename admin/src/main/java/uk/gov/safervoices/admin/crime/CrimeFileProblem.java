package uk.gov.safervoices.admin.crime;

/** A row that cannot be read: the file's name, the line it starts on (1 is the header; 0 the whole file) and why. */
public record CrimeFileProblem(String file, long line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ", line " + line : "") + ": " + message;
    }
}
