package uk.gov.safervoices.admin.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pass on two threads gives what the single pass gives, byte for byte and message for message: whatever the cut
 * falls on (a record boundary, a line break inside a quoted field that holds record-like lines), with categories,
 * cells and breakdown groups first seen after the cut, CRLF line ends, and errors before or after the cut.
 */
class SplitPassTest {

    private static final List<String> COLUMNS = List.of("respondent_id", "ward", "age", "q1", "q2");
    private static final String HEADER = String.join(",", COLUMNS) + "\n";

    @TempDir
    Path folder;

    @Test
    void theSameCellsAsOnePassWithNewCategoriesAfterTheCut() throws IOException {
        String text = HEADER + rows(0, 300, 3) + rows(300, 300, 6);
        for (List<String> by : List.of(List.<String>of(), List.of("ward"), List.of("q2"), List.of("ward", "q2"))) {
            assertSame(text, by);
            assertSame(text.replace("\n", "\r\n"), by);
        }
    }

    @Test
    void aCutInsideAQuotedFieldOfRecordLikeLinesIsNotUsed() throws IOException {
        // from the cut, the note's lines read as good records, the last one closed by the rest of the row
        StringBuilder note = new StringBuilder("\"a note");
        for (int i = 0; i < 40; i++) {
            note.append("\nX").append(i).append(",Ward 9,Age 9,yes").append(i < 39 ? ",no" : "");
        }
        note.append('"');
        String before = HEADER + rows(0, 60, 3);
        String text = before + "R-note,Ward 1,Age 1," + note + ",no\n" + rows(60, 60, 3);
        Path file = write(text);
        long cut = SplitPass.cut(file, Files.size(file));
        int noteStart = before.length() + "R-note,Ward 1,Age 1,".length();
        assertTrue(cut > noteStart && cut < noteStart + note.length(), "the cut falls inside the note: " + cut);
        AnalysisPlan plan = AnalysisPlan.of(COLUMNS, List.of("ward", "age"), List.of("ward"));
        ResponseCells fromCut = new ResponseCells(plan, COLUMNS, "r.csv");
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(cut);
            CsvRecordReader reader = new CsvRecordReader(in, "r.csv", 64, false);
            while (reader.next()) {
                fromCut.add(reader);
            }
        }
        assertTrue(fromCut.respondentCount() > 40, "read alone, the part after the cut has no error to give it away");
        assertSame(text, List.of("ward"));
    }

    @Test
    void errorsAfterTheCutAreTheOnePassErrors() throws IOException {
        String first = HEADER + rows(0, 200, 3);
        assertSameFailure(first + "R-short,Ward 1\n" + rows(200, 200, 3));
        assertSameFailure(first + rows(200, 100, 3) + "R00005,Ward 1,Age 1,yes,no\n" + rows(300, 100, 3));
        assertSameFailure(first + rows(200, 100, 3) + ",Ward 1,Age 1,yes,no\n" + rows(300, 100, 3));
        assertSameFailure(first + "R-bad,Ward 1,Age 1,\"open,no\n" + rows(200, 200, 3));
        assertSameFailure(HEADER + "R-short,Ward 1\n" + rows(0, 400, 3));
    }

    @Test
    void tooManyCategoriesAcrossTheCutIsTheOnePassError() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i <= CategoryDictionary.MAX_CATEGORIES; i++) {
            text.append("R").append(i).append(",Ward 1,Age 1,answer ").append(i).append(",no\n");
        }
        assertSameFailure(text.toString());
    }

    private void assertSame(String text, List<String> by) throws IOException {
        Path file = write(text);
        AnalysisPlan plan = AnalysisPlan.of(COLUMNS, List.of("ward", "age"), by);
        ResponseCells single = ResponsesFile.aggregate(file, "r.csv", plan, -1);
        ResponseCells split = ResponsesFile.aggregate(file, "r.csv", plan, 0);
        assertEquals(describe(single, plan), describe(split, plan), "by " + by);
    }

    private void assertSameFailure(String text) throws IOException {
        Path file = write(text);
        AnalysisPlan plan = AnalysisPlan.of(COLUMNS, List.of("ward", "age"), List.of("ward"));
        InputException single = assertThrows(InputException.class,
                () -> ResponsesFile.aggregate(file, "r.csv", plan, -1));
        InputException split = assertThrows(InputException.class,
                () -> ResponsesFile.aggregate(file, "r.csv", plan, 0));
        assertEquals(single.getMessage(), split.getMessage());
    }

    /** Everything the command reads from the cells, in its order. */
    private static String describe(ResponseCells cells, AnalysisPlan plan) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(cells.weightingCells()).append('\n');
        for (int q = 0; q < plan.questions().size(); q++) {
            for (int b = plan.by().isEmpty() ? -1 : 0; b < plan.by().size(); b++) {
                out.append(cells.answerCells(q, b)).append('\n');
            }
        }
        ByteArrayOutputStream ids = new ByteArrayOutputStream();
        for (int r = 0; r < cells.respondentCount(); r++) {
            cells.respondents.write(r, ids);
            out.append(cells.categories(cells.cellOf(r))).append(' ');
        }
        out.append(ids.toString(StandardCharsets.UTF_8)).append('\n');
        for (int k = 0; k < plan.weighting().size(); k++) {
            CategoryDictionary dictionary = cells.weightingDictionary(k);
            for (int id = 0; id < dictionary.size(); id++) {
                out.append(dictionary.name(id)).append('@').append(dictionary.firstLine(id)).append(' ');
            }
        }
        return out.toString();
    }

    /** {@code count} rows from id {@code from}, over {@code wards} wards (more wards: categories new after the cut). */
    private static String rows(int from, int count, int wards) {
        Random random = new Random(from);
        StringBuilder rows = new StringBuilder();
        List<String> answers = new ArrayList<>(List.of("yes", "no", "\"maybe, later\"", ""));
        for (int i = from; i < from + count; i++) {
            rows.append(String.format("R%05d,Ward %d,Age %d,%s,%s\n", i, 1 + random.nextInt(wards), random.nextInt(4),
                    answers.get(random.nextInt(answers.size())), i >= 300 && i % 7 == 0 ? "new" : "no"));
        }
        return rows.toString();
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(folder, "responses", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
