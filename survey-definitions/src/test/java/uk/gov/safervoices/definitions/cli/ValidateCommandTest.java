package uk.gov.safervoices.definitions.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.safervoices.definitions.load.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private List<String> output() {
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aValidFileGivesZero() {
        Path file = TestFiles.resource("fixture-library/questionnaires/small-survey.yaml");
        assertEquals(0, ValidateCommand.run(List.of(file.toString()), out));
        assertEquals(List.of("small-survey.yaml: valid"), output());
    }

    @Test
    void aBrokenFileGivesOneAndPrintsEveryError(@TempDir Path folder) throws IOException {
        Path root = TestFiles.resource("fixture-library");
        Files.createDirectories(folder.resolve("catalogue"));
        Files.createDirectories(folder.resolve("questionnaires"));
        Files.copy(root.resolve("catalogue/concerns.yaml"), folder.resolve("catalogue/concerns.yaml"));
        Path broken = folder.resolve("questionnaires/broken.yaml");
        Files.writeString(broken, """
                id: broken
                title: Broken
                privacy_notice: Kept safe.
                sections:
                  - id: page
                    title: Page
                    questions:
                      - { id: a, type: short_txt, text: A }
                      - { id: b, type: ranking, text: B, rank: 3, choices: [ { id: x, label: X } ] }
                """);
        Path valid = TestFiles.resource("fixture-library/questionnaires/small-survey.yaml");

        int status = ValidateCommand.run(List.of(broken.toString(), valid.toString()), out);

        assertEquals(1, status);
        List<String> lines = output();
        assertEquals(4, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("broken.yaml:8:24: SV007 \"short_txt\" is not a question type. "
                + "Did you mean \"short_text\"?"), lines.get(0));
        assertTrue(lines.get(1).startsWith("broken.yaml:9:48: SV011 rank is 3, but question \"b\" has 1 choice to rank. Give 1 "), lines.get(1));
        assertEquals("broken.yaml: 2 errors", lines.get(2));
        assertEquals("small-survey.yaml: valid", lines.get(3));
    }

    @Test
    void reportsErrorsInTheCatalogueBesideTheFile(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("catalogue"));
        Files.createDirectories(folder.resolve("questionnaires"));
        Files.writeString(folder.resolve("catalogue/concerns.yaml"), "concerns: []\n");
        Path file = folder.resolve("questionnaires/form.yaml");
        Files.writeString(file, "id: form\ntitle: Form\nprivacy_notice: Safe.\nsections:\n  - id: page\n"
                + "    title: Page\n    questions: [ { id: a, type: short_text, text: A } ]\n");
        assertEquals(1, ValidateCommand.run(List.of(file.toString()), out));
        assertTrue(output().get(0).startsWith("concerns.yaml:1:11: SV008"), output()::toString);
        assertEquals("form.yaml: valid", output().get(2));
    }

    @Test
    void aMissingFileOrNoFileIsAUsageError() {
        assertEquals(2, ValidateCommand.run(List.of("no/such/file.yaml"), out));
        assertEquals(List.of("no/such/file.yaml: file not found"), output());
        assertEquals(2, ValidateCommand.run(List.of(), out));
        assertTrue(output().get(1).startsWith("Usage: validate FILE..."));
    }
}
