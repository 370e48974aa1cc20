package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.Positions;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The writer's round-trip property for one valid file: loading what it writes gives the same definition (positions
 * apart), and writing that again gives the same text.
 */
public final class RoundTrip {

    private RoundTrip() {
    }

    /** Checks the property and returns the written text. */
    public static String check(QuestionnaireLoader loader, String yaml, String fileName) {
        Questionnaire original = loader.parse(yaml, fileName).orThrow();
        String written = QuestionnaireWriter.write(original);
        LoadResult reread = loader.parse(written, fileName);
        assertEquals(List.of(), reread.errors().stream().map(ValidationError::toString).toList(),
                () -> "the written file is valid:\n" + numbered(written));
        assertEquals(Positions.erased(original), Positions.erased(reread.orThrow()),
                () -> "reading the written file gives the same definition:\n" + numbered(written));
        assertEquals(written, QuestionnaireWriter.write(reread.orThrow()), "writing is idempotent");
        return written;
    }

    static String numbered(String text) {
        StringBuilder out = new StringBuilder();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            out.append(String.format("%4d  %s%n", i + 1, lines.get(i)));
        }
        return out.toString();
    }
}
