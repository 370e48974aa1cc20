package uk.gov.safervoices.admin.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad input: exit status 2, a message naming file, line and column, and no output folder at all.
 * (The sample has twelve respondents: with four, the calibrated variances are rounding noise and the core's
 * Korn-Graubard interval spins in Commons Math's incomplete beta for 16 s before failing; reported, not ours.)
 */
class AnalyseCommandBadInputTest {

    static final String RESPONSES = """
            respondent_id,ward,sex,q_safe
            r1,Abbey,Female,Very safe
            r2,Abbey,Male,Fairly safe
            r3,Brook,Female,Very safe
            r4,Brook,Male,Very unsafe
            r5,Abbey,Female,Fairly safe
            r6,Abbey,Male,Very safe
            r7,Brook,Female,Very unsafe
            r8,Brook,Male,Fairly safe
            r9,Abbey,Female,Very safe
            r10,Brook,Male,Very safe
            r11,Abbey,Male,Very unsafe
            r12,Brook,Female,Fairly safe
            """;
    static final String MARGINS = """
            variable,category,population
            ward,Abbey,100
            ward,Brook,120
            sex,Female,110
            sex,Male,110
            """;

    @TempDir
    Path folder;

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("population not a number", RESPONSES, MARGINS.replace("Brook,120", "Brook,12O"),
                        "M.csv line 3, column \"population\": \"12O\" is not a population"),
                Arguments.of("negative population", RESPONSES, MARGINS.replace("Brook,120", "Brook,-1"),
                        "M.csv line 3, column \"population\": \"-1\" is not a population"),
                Arguments.of("unknown margin variable", RESPONSES, MARGINS.replace("sex,Male", "gender,Male"),
                        "M.csv line 5, column \"variable\": \"gender\" is not a column of "),
                Arguments.of("duplicate margin category", RESPONSES, MARGINS + "ward,Abbey,5\n",
                        "M.csv line 6, column \"category\": \"Abbey\" of \"ward\" is listed twice (first at line 2)"),
                Arguments.of("margins header lacks a column", RESPONSES, MARGINS.replace("population", "people"),
                        "M.csv line 1: missing column population"),
                Arguments.of("margins row short", RESPONSES, MARGINS.replace("sex,Male,110", "sex,Male"),
                        "M.csv line 5: 2 fields, but the header has 3"),
                Arguments.of("responses row short", RESPONSES.replace("r3,Brook,Female,Very safe", "r3,Brook,Female"),
                        MARGINS, "R.csv line 4: 3 fields, but the header has 4"),
                Arguments.of("responses row long", RESPONSES.replace("r2,Abbey,Male,Fairly safe", "r2,Abbey,Male,Fairly, safe"),
                        MARGINS, "R.csv line 3: 5 fields, but the header has 4"),
                Arguments.of("empty respondent_id", RESPONSES.replace("r4,", ","), MARGINS,
                        "R.csv line 5, column \"respondent_id\": the respondent_id is empty"),
                Arguments.of("no respondent_id column", RESPONSES.replace("respondent_id", "id"), MARGINS,
                        "R.csv line 1: there is no \"respondent_id\" column"),
                Arguments.of("duplicate respondent_id", RESPONSES.replace("r4,", "r2,"), MARGINS,
                        "R.csv line 5, column \"respondent_id\": \"r2\" is already the respondent_id of line 3"),
                Arguments.of("duplicate column", RESPONSES.replace("q_safe", "sex"), MARGINS,
                        "R.csv line 1, column \"sex\": the column name is used twice"),
                Arguments.of("unclosed quote", RESPONSES.replace("r3,Brook", "r3,\"Brook"), MARGINS,
                        "R.csv line 4: a quoted field is not closed before the end of the file"),
                Arguments.of("weighting answer not in its margin", RESPONSES.replace("r3,Brook", "r3,Castle"), MARGINS,
                        "R.csv line 4, column \"ward\": \"Castle\" is not a category of the ward margin"),
                Arguments.of("blank weighting answer without --drop-missing", RESPONSES.replace("r3,Brook", "r3,"),
                        MARGINS, "left one or more weighting variables blank (ward: 1)"),
                Arguments.of("margin category nobody is in", RESPONSES,
                        MARGINS.replace("ward,Brook,120", "ward,Brook,70\nward,Castle,50"),
                        "No respondents are in category 'Castle' of 'ward'"),
                Arguments.of("empty responses file", "", MARGINS, "R.csv: the file is empty"),
                Arguments.of("only a header", "respondent_id,ward,sex\n", MARGINS, "R.csv: no responses, only a header"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void refusedWithTheFileLineAndColumnAndNothingWritten(String what, String responses, String margins, String message)
            throws IOException {
        Path out = folder.resolve("out");
        CommandRun run = CommandRun.of("--responses", write("R.csv", responses), "--margins", write("M.csv", margins),
                "--out", out.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains(message), "expected \"" + message + "\" in: " + run.err());
        assertNothingWritten(out);
    }

    @Test
    void anUnreadableFileIsNamed() throws IOException {
        Path out = folder.resolve("out");
        CommandRun run = CommandRun.of("--responses", folder.resolve("nope.csv").toString(), "--margins",
                write("M.csv", MARGINS), "--out", out.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("nope.csv: cannot read the file (no such file)"), run.err());
        assertNothingWritten(out);
    }

    @Test
    void aNonEmptyOutputFolderIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectory(folder.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        CommandRun run = CommandRun.of("--responses", write("R.csv", RESPONSES), "--margins", write("M.csv", MARGINS),
                "--out", out.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("the output folder already exists and is not empty"), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("keep.txt")), files.toList());
        }
    }

    @Test
    void anEmptyOutputFolderIsReplacedOnSuccess() throws IOException {
        Path out = Files.createDirectory(folder.resolve("out"));
        CommandRun run = CommandRun.of("--responses", write("R.csv", RESPONSES), "--margins", write("M.csv", MARGINS),
                "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("weights.csv")));
        assertEquals(List.of("M.csv", "R.csv", "out"), siblings());
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of(), "--responses is required"),
                Arguments.of(List.of("--responses", "R.csv", "--out", "o"), "at least one --margins file is required"),
                Arguments.of(List.of("--responses", "R.csv", "--margins", "M.csv"), "--out is required"),
                Arguments.of(List.of("--responses", "R.csv", "--margins", "M.csv", "--out", "o", "--frobnicate"),
                        "Unknown argument: --frobnicate"),
                Arguments.of(List.of("--responses", "R.csv", "--margins", "M.csv", "--out", "o", "--trim", "3"),
                        "--trim needs LOW,HIGH"),
                Arguments.of(List.of("--responses", "R.csv", "--margins", "M.csv", "--out", "o", "--trim", "2,3"),
                        "--trim needs 0 <= LOW <= 1 <= HIGH"),
                Arguments.of(List.of("--responses", "R.csv", "--margins", "M.csv", "--out", "o", "--tolerance", "x"),
                        "--tolerance needs a number"),
                Arguments.of(List.of("--responses", "R.csv", "--margins", "M.csv", "--out", "o", "--points", "3,2,1"),
                        "--points needs --ranking"),
                Arguments.of(List.of("--responses", "R.csv", "--margins", "M.csv", "--out", "o", "--ranking", "a,b",
                        "--points", "3,2,1"), "--points needs one number per --ranking column (2), not 3"),
                Arguments.of(List.of("--responses", "R.csv", "--margins", "M.csv", "--out", "o", "--ranking", "a,a"),
                        "--ranking needs distinct column names"),
                Arguments.of(List.of("--responses", "R.csv", "--margins", "M.csv", "--out", "o", "--ranking", "a,b",
                        "--trim", "0.5,2"), "--ranking does not trim weights"),
                Arguments.of(List.of("--responses", "R.csv", "--margins", "M.csv", "--out", "o", "--ranking", "a,b",
                        "--replicates", "0"), "--replicates must be a whole number from 1 to 100000"),
                Arguments.of(List.of("--responses", "R.csv", "--margins", "M.csv", "--out"), "--out needs a value"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void usageErrorsPrintTheUsage(List<String> args, String message) {
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(2, run.status());
        assertTrue(run.err().contains(message), run.err());
        assertTrue(run.err().contains("Usage: analyse --responses"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        CommandRun run = CommandRun.of("--help");
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("Usage: analyse --responses R.csv --margins M.csv"), run.out());
        assertTrue(run.out().contains("--trim LOW,HIGH"));
    }

    @Test
    void aByColumnThatIsNotThereIsNamed() throws IOException {
        Path out = folder.resolve("out");
        CommandRun run = CommandRun.of("--responses", write("R.csv", RESPONSES), "--margins", write("M.csv", MARGINS),
                "--by", "channel", "--out", out.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("R.csv: --by channel is not a column"), run.err());
        assertNothingWritten(out);
    }

    private String write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8).toString();
    }

    /** No output folder, and no temporary folder left beside it. */
    private void assertNothingWritten(Path out) throws IOException {
        assertFalse(Files.exists(out), out + " should not exist");
        List<String> left = siblings();
        left.removeAll(List.of("M.csv", "R.csv"));
        assertEquals(List.of(), left, "only the inputs are left in " + folder);
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }
}
