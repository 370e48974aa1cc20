package uk.gov.safervoices.definitions.load;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Whatever a file holds, the loader answers with placed errors and never throws: a valid questionnaire is
 * mangled at random (seeded, so failures repeat) by deleting, shifting, swapping and renaming lines.
 */
class MangledFilesTest {

    private static final String[] WORDS = {"choices", "scale", "items", "rank", "max_selections", "min", "max",
        "show_if", "weighting", "equality", "questions", "type", "id", "single_choice", "grid", "area", "ranking",
        "whole_number", "date", "multiple_choice", "yes", "prefer_not_to_say", "exclusive", "dont_know", "specify",
        "concern", "lookup", "variable", "bands", "categories", "from_lookup", "[]", "{}", "- x"};

    @Test
    void neverThrowsAndPlacesEveryError() {
        QuestionnaireLoader loader = new QuestionnaireLoader(TestFiles.fixtureLibrary());
        List<String> original = TestFiles.read(TestFiles.resource("fixture-library/questionnaires/small-survey.yaml"))
                .lines().toList();
        Random random = new Random(20240401);
        for (int run = 0; run < 250; run++) {
            List<String> lines = new ArrayList<>(original);
            for (int change = 0; change <= random.nextInt(3); change++) {
                mangle(lines, random);
            }
            String text = String.join("\n", lines);
            try {
                for (ValidationError error : loader.parse(text, "small-survey.yaml").errors()) {
                    assertTrue(error.line() > 0 && error.column() > 0, () -> error + "\nin:\n" + text);
                }
            } catch (RuntimeException e) {
                fail("loader threw on:\n" + text, e);
            }
        }
    }

    private static void mangle(List<String> lines, Random random) {
        int n = random.nextInt(lines.size());
        String line = lines.get(n);
        String other = lines.get(random.nextInt(lines.size()));
        switch (random.nextInt(6)) {
            case 0 -> lines.remove(n);
            case 1 -> lines.set(n, "  " + line);
            case 2 -> lines.set(n, line.replaceFirst("^  ", ""));
            case 3 -> lines.add(n, other);
            case 4 -> {
                int colon = line.indexOf(": ");
                int otherColon = other.indexOf(": ");
                if (colon > 0 && otherColon > 0) {
                    lines.set(n, line.substring(0, colon + 2) + other.substring(otherColon + 2));
                }
            }
            default -> lines.set(n, line.replaceFirst("[a-z_]+", WORDS[random.nextInt(WORDS.length)]));
        }
    }
}
