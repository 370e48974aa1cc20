package uk.gov.safervoices.admin.analysis.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --ranking} end to end on the ranked-concerns fixtures (src/test/resources/analysis/concerns/README.md):
 * Borda points and mention shares against R's svytotal/svymean/svyratio/svyciprop on the calibrated design, and with
 * the fixtures' seed and 500 replicates, p_top3 and the rank intervals against R re-raking the same replicates.
 * Tolerances as the issue's: 1e-6 relative for point estimates, 1e-4 for SEs, CIs and proportions of replicates.
 */
class AnalyseCommandConcernsTest {
    @TempDir
    static Path folder;
    static CommandRun run;
    static Map<String, Map<String, String>> concerns;

    @BeforeAll
    static void analyse() {
        Path out = folder.resolve("out");
        run = CommandRun.of("--responses", CommandRun.fixture("concerns/respondents.csv").toString(),
                "--margins", CommandRun.fixture("concerns/margins.csv").toString(),
                "--ranking", "rank_1,rank_2,rank_3", "--seed", "20261130", "--replicates", "500",
                "--out", out.toString());
        if (run.status() == 0) {
            concerns = CommandRun.csv(out.resolve("concerns.csv")).stream()
                    .collect(Collectors.toMap(row -> row.get("concern"), row -> row));
        }
    }

    @Test
    void scoresAgreeWithSurveyOnTheCalibratedDesign() {
        assertEquals(0, run.status(), run.err());
        List<Map<String, String>> r = CommandRun.csv(CommandRun.fixture("concerns/r-scores.csv")).stream()
                .filter(row -> row.get("design").equals("calibrated")).toList();
        assertEquals(r.size(), concerns.size(), "one row per concern ranked");
        for (Map<String, String> expected : r) {
            Map<String, String> ours = concerns.get(expected.get("concern"));
            for (String column : List.of("borda_total", "borda_mean", "borda_share", "mention_share")) {
                close(expected, column, ours, column, 1e-6);
            }
            close(expected, "mention_share_se", ours, "mention_se", 1e-4);
            close(expected, "mention_share_ci_lower", ours, "mention_ci_lower", 1e-4);
            close(expected, "mention_share_ci_upper", ours, "mention_ci_upper", 1e-4);
        }
    }

    @Test
    void rankUncertaintyAgreesWithTheSameReplicatesReRakedInR() {
        assertEquals(0, run.status(), run.err());
        List<Map<String, String>> r = CommandRun.csv(CommandRun.fixture("concerns/r-rank-uncertainty.csv")).stream()
                .filter(row -> row.get("measure").equals("borda_mean")).toList();
        for (Map<String, String> expected : r) {
            Map<String, String> ours = concerns.get(expected.get("concern"));
            assertEquals(expected.get("rank"), ours.get("rank_borda"), expected.get("concern"));
            close(expected, "p_top3", ours, "p_top3", 1e-4);
            assertEquals(expected.get("rank_lower"), ours.get("rank_ci_lower"), expected.get("concern"));
            assertEquals(expected.get("rank_upper"), ours.get("rank_ci_upper"), expected.get("concern"));
        }
    }

    @Test
    void aConcernRankedTwiceByOneResponseIsRefusedWithItsLine(@TempDir Path scratch) throws Exception {
        Path responses = scratch.resolve("r.csv");
        java.nio.file.Files.writeString(responses, """
                respondent_id,sex,first,second
                1,female,asb,burglary
                2,male,asb,asb
                """);
        Path margins = scratch.resolve("m.csv");
        java.nio.file.Files.writeString(margins, "variable,category,population\nsex,female,50\nsex,male,50\n");
        CommandRun refused = CommandRun.of("--responses", responses.toString(), "--margins", margins.toString(),
                "--ranking", "first,second", "--out", scratch.resolve("out").toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("line 3") && refused.err().contains("second")
                && refused.err().contains("ranked twice"), refused.err());
        assertTrue(!java.nio.file.Files.exists(scratch.resolve("out")), "nothing written");
    }

    private static void close(Map<String, String> expected, String column, Map<String, String> ours,
                              String ourColumn, double relative) {
        double want = Double.parseDouble(expected.get(column));
        double got = Double.parseDouble(ours.get(ourColumn));
        assertEquals(want, got, relative * Math.max(1, Math.abs(want)), expected.get("concern") + " " + column);
    }
}
