package uk.gov.safervoices.admin.analysis.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command on files as spreadsheets write them, with trimming, and without a breakdown. */
class AnalyseCommandTest {

    @TempDir
    Path folder;

    @Test
    void quotedFieldsCrlfAndAByteOrderMarkRoundTrip() throws IOException {
        String crlf = String.join("\r\n",
                "\uFEFFrespondent_id,sex,\"concern, main\"",
                "\"a,1\",Female,\"Drugs, dealing\"",
                "\"b\"\"2\",Male,\"Noise\"",
                "c3,Female,\"Two\r\nlines\"",
                "d4,Male,\"Drugs, dealing\"",
                "e5,Female,Noise",
                "f6,Male,Noise", "");
        Path responses = Files.writeString(folder.resolve("R.csv"), crlf, StandardCharsets.UTF_8);
        Path margins = Files.writeString(folder.resolve("M.csv"), "\uFEFFvariable,category,population\r\n"
                + "sex,Female,60\r\nsex,Male,40\r\n", StandardCharsets.UTF_8);
        Path out = folder.resolve("out");
        CommandRun run = CommandRun.of("--responses", responses.toString(), "--margins", margins.toString(),
                "--out", out.toString());
        assertEquals(0, run.status(), run.err());

        List<Map<String, String>> weights = CommandRun.csv(out.resolve("weights.csv"));
        assertEquals(List.of("a,1", "b\"2", "c3", "d4", "e5", "f6"),
                weights.stream().map(row -> row.get("respondent_id")).toList());
        assertEquals(20.0, Double.parseDouble(weights.get(0).get("weight")), 1e-9);
        assertEquals(40.0 / 3, Double.parseDouble(weights.get(1).get("weight")), 1e-9);

        List<Map<String, String>> estimates = CommandRun.csv(out.resolve("estimates.csv"));
        assertEquals(List.of("Drugs, dealing", "Noise", "Two\r\nlines"),
                estimates.stream().map(row -> row.get("category")).toList());
        assertTrue(estimates.stream().allMatch(row -> row.get("question").equals("concern, main")
                && row.get("by_variable") == null && row.get("by_category") == null));
        // Female: 20 each (a, c, e); Male: 40/3 each (b, d, f). Drugs, dealing = a + d = 20 + 13.33 of 100
        assertEquals(1.0 / 3, Double.parseDouble(estimates.get(0).get("proportion")), 1e-12);
        assertFalse(Files.exists(out.resolve("tests.csv")), "tests only with --by");
    }

    @Test
    void trimmingKeepsWeightsWithinTheBoundsAndTheMarginsMet() throws IOException {
        Path out = folder.resolve("out");
        CommandRun run = CommandRun.of("--responses", CommandRun.fixture("respondents-2025.csv").toString(),
                "--margins", CommandRun.fixture("margins-2025.csv").toString(), "--drop-missing",
                "--trim", "0.3,6", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        double[] weights = CommandRun.csv(out.resolve("weights.csv")).stream().filter(row -> row.get("weight") != null)
                .mapToDouble(row -> Double.parseDouble(row.get("weight"))).toArray();
        double total = 0;
        double max = 0;
        double min = Double.MAX_VALUE;
        for (double w : weights) {
            total += w;
            max = Math.max(max, w);
            min = Math.min(min, w);
        }
        assertEquals(59996, total, 1e-5, "the population total");
        double mean = total / weights.length;
        assertTrue(max <= 6 * mean * (1 + 1e-9) && min >= 0.3 * mean * (1 - 1e-9), min + " to " + max);
        assertTrue(max > 5.99 * mean, "the untrimmed weights reach 403.8, 10 x mean, so some are cut");

        String json = Files.readString(out.resolve("diagnostics.json"));
        assertTrue(json.contains("\"trimming\": {\"lower_bound\": "), json);
        assertTrue(json.contains("\"converged\": true"), json);
        Matcher margin = Pattern.compile("\"target\": ([^,]+), \"achieved\": ([^}]+)}").matcher(json);
        int margins = 0;
        while (margin.find()) {
            assertEquals(Double.parseDouble(margin.group(1)), Double.parseDouble(margin.group(2)), 1e-4, margin.group());
            margins++;
        }
        assertEquals(13, margins);
    }

    @Test
    void boundsTheMarginsCannotBeMetWithinAreAWeightingProblem() {
        Path out = folder.resolve("out");
        // Fenwick's 24 respondents must carry 5,500 people: 229 each, more than 3 x the mean weight of 40.5
        CommandRun run = CommandRun.of("--responses", CommandRun.fixture("respondents-2025.csv").toString(),
                "--margins", CommandRun.fixture("margins-2025.csv").toString(), "--drop-missing",
                "--trim", "0.5,3", "--out", out.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Trimming did not bring every weight within 20.2689 to 121.614 while meeting the "
                + "margins"), run.err());
        assertFalse(Files.exists(out));
    }
}
