package uk.gov.safervoices.admin.analysis.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command end to end on the R fixtures (src/test/resources/analysis/README.md): weights against rake(),
 * estimates against svymean/svyciprop on the calibrated design (se against the fixed-weights design), overall and
 * broken down by ward, channel, age_band and sex, and the tests against svychisq / chisq.test (a question by a
 * question, also in the fixture, is not something the command does). Tolerances as the core's tests.
 */
class AnalyseCommandAgainstRTest {

    @TempDir
    static Path folder;
    static Path out;
    static CommandRun run;

    private final Map<String, Double> worst = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void analyse() {
        out = folder.resolve("out");
        run = CommandRun.of("--responses",
                CommandRun.fixture("respondents-2025.csv").toString(),
                "--margins", CommandRun.fixture("margins-2025.csv").toString(),
                "--by", "ward", "--by", "channel", "--by", "age_band", "--by", "sex", "--drop-missing", "--out", out.toString());
    }

    @Test
    void succeedsWithASummaryLine() throws IOException {
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("analysed 1,500 responses (20 left out)"), run.out());
        try (var files = Files.list(out)) {
            assertEquals(List.of("diagnostics.json", "estimates.csv", "tests.csv", "weights.csv"),
                    files.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void weightsAgreeWithRakeInInputOrder() {
        List<Map<String, String>> weights = CommandRun.csv(out.resolve("weights.csv"));
        List<Map<String, String>> respondents = CommandRun.csv(CommandRun.fixture("respondents-2025.csv"));
        assertEquals(respondents.stream().map(row -> row.get("respondent_id")).toList(),
                weights.stream().map(row -> row.get("respondent_id")).toList());
        Map<String, String> ours = new HashMap<>();
        weights.forEach(row -> ours.put(row.get("respondent_id"), row.get("weight")));
        List<Map<String, String>> r = CommandRun.csv(CommandRun.fixture("r-weights-2025.csv"));
        for (Map<String, String> row : r) {
            compare(row.get("respondent_id"), "weight", row, Double.parseDouble(ours.get(row.get("respondent_id"))), 1e-6);
        }
        long blank = respondents.stream().filter(row -> row.get("age_band") == null).count();
        assertEquals(20, blank);
        respondents.stream().filter(row -> row.get("age_band") == null)
                .forEach(row -> assertNull(ours.get(row.get("respondent_id")), "dropped respondents have no weight"));
        assertEquals(respondents.size() - blank, r.size());
        assertAgreement("weights");
    }

    @Test
    void estimatesAgreeWithSvymeanAndSvyciprop() {
        Map<String, Map<String, String>> ours = new HashMap<>();
        for (Map<String, String> row : CommandRun.csv(out.resolve("estimates.csv"))) {
            ours.put(key(row), row);
        }
        int calibrated = 0;
        int fixed = 0;
        for (Map<String, String> r : CommandRun.csv(CommandRun.fixture("r-estimates-2025.csv"))) {
            Map<String, String> row = ours.get(key(r));
            String where = key(r) + " " + r.get("design");
            assertTrue(row != null, "no row for " + where);
            if (r.get("design").equals("fixed")) {
                compare(where, "se", r, CommandRun.number(row, "se"), 1e-4);
                fixed++;
                continue;
            }
            // calibrated: calibrate(calfun = "raking"); raked: rake(), which agrees with it to 1e-14 on these data
            assertEquals(r.get("n_base"), row.get("n_base"), where);
            compare(where, "weighted_base", r, CommandRun.number(row, "weighted_base"), 1e-6);
            compare(where, "proportion", r, CommandRun.number(row, "proportion"), 1e-6);
            compare(where, "se", r, CommandRun.number(row, "se_calibrated"), 1e-4);
            for (String column : List.of("deff", "ci_logit_lower", "ci_logit_upper", "ci_beta_lower", "ci_beta_upper")) {
                compare(where, column, r, CommandRun.number(row, column), 1e-4);
            }
            calibrated++;
        }
        assertTrue(calibrated == 288 && fixed == 144, calibrated + " calibrated and " + fixed + " fixed rows compared");
        assertAgreement("estimates");
    }

    @Test
    void testsAgreeWithSvychisqAndChisqTest() {
        Map<String, Map<String, String>> ours = new HashMap<>();
        for (Map<String, String> row : CommandRun.csv(out.resolve("tests.csv"))) {
            ours.put(row.get("question") + " by " + row.get("by_variable"), row);
        }
        int compared = 0;
        for (Map<String, String> r : CommandRun.csv(CommandRun.fixture("r-tests-2025.csv"))) {
            String where = r.get("question") + " by " + r.get("by_variable");
            if (r.get("design").equals("fixed") || r.get("by_variable").startsWith("q_")) {
                continue;
            }
            for (String column : List.of("pearson_chisq", "pearson_df", "pearson_p", "rao_scott_f", "ndf", "ddf",
                    "rao_scott_p")) {
                compare(where, column, r, CommandRun.number(ours.get(where), column), 1e-4);
            }
            compared++;
        }
        assertEquals(16, compared, "q_safe_day and q_concern by ward, channel, age_band and sex; calibrated and raked");
        assertAgreement("tests");
    }

    @Test
    void diagnosticsReportConvergenceAndEveryMarginCategory() throws IOException {
        String json = Files.readString(out.resolve("diagnostics.json"));
        assertTrue(json.contains("\"converged\": true"), json);
        assertTrue(json.contains("\"dropped_respondents\": 20"), json);
        assertTrue(json.contains("{\"variable\": \"ward\", \"category\": \"Fenwick\", \"target\": 5500.0"), json);
        assertEquals(13, json.split("\"achieved\"").length - 1, "one entry per margin category");
    }

    private static String key(Map<String, String> row) {
        return row.get("question") + "|" + row.get("category") + "|" + row.get("by_variable") + "|"
                + row.get("by_category");
    }

    private void compare(String where, String column, Map<String, String> r, double actual, double tolerance) {
        double expected = CommandRun.number(r, column);
        if (Double.isNaN(expected)) {
            return; // R gives no value (p of 0 or 1); the core's own tests cover these
        }
        double difference = Double.isNaN(actual) ? Double.POSITIVE_INFINITY
                : CommandRun.relativeDifference(actual, expected);
        worst.merge(column, difference, Math::max);
        if (!(difference <= tolerance)) {
            failures.add(where + " " + column + ": " + actual + " against R's " + expected);
        }
    }

    private void assertAgreement(String what) {
        System.out.println("analyse command " + what + ": worst relative differences from R " + worst);
        assertTrue(failures.isEmpty(), failures.size() + " differences beyond tolerance, e.g. "
                + failures.subList(0, Math.min(10, failures.size())));
    }
}
