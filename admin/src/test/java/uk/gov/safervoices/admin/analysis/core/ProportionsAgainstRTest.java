package uk.gov.safervoices.admin.analysis.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proportions, SEs (fixed weights and calibrated), design effects, logit and Korn-Graubard intervals, overall and by
 * group, and the Pearson and Rao-Scott tests, against R's svymean, svyciprop, svychisq and chisq.test.
 */
class ProportionsAgainstRTest {

    static final Map<String, List<String>> CATEGORIES = Map.of(
            "q_safe_day", List.of("Very safe", "Fairly safe", "A bit unsafe", "Very unsafe"),
            "q_concern", List.of("Drug dealing", "Anti-social behaviour", "Burglary", "Speeding", "Other"));

    /** Worst relative difference seen per column, to report. */
    private final Map<String, Double> worst = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    static WeightedDesign design(String wave, String name) {
        WeightedDesign raked = RakingAgainstRTest.rake(wave).design();
        return name.equals("fixed") ? raked.withFixedWeights() : raked;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2025"})
    void estimatesAgreeWithR(String wave) {
        Map<String, WeightedDesign> designs = new HashMap<>();
        Map<String, ProportionTable> overall = new HashMap<>();
        Map<String, Breakdown> breakdowns = new HashMap<>();
        List<Map<String, String>> respondents = RFixtures.respondents(wave);
        int checked = 0;
        for (Map<String, String> row : RFixtures.csv("r-estimates-" + wave + ".csv")) {
            String designName = row.get("design");
            WeightedDesign design = designs.computeIfAbsent(designName, name -> design(wave, name));
            String question = row.get("question");
            String by = row.get("by_variable");
            ProportionTable table;
            if (by == null) {
                table = overall.computeIfAbsent(designName + question, key -> Proportions.estimate(design,
                        RFixtures.answerCells(respondents, RFixtures.WEIGHTING, question, null),
                        CATEGORIES.get(question), EstimationOptions.defaults()));
            } else {
                table = breakdowns.computeIfAbsent(designName + question + by, key -> Proportions.breakdown(design,
                        RFixtures.answerCells(respondents, RFixtures.WEIGHTING, question, by),
                        CATEGORIES.get(question), null, EstimationOptions.defaults()))
                        .group(row.get("by_category")).orElseThrow();
            }
            Estimate estimate = table.estimate(row.get("category")).orElseThrow();
            String where = designName + " " + question + " " + row.get("category") + " " + by + "=" + row.get("by_category");
            assertEquals(Long.parseLong(row.get("n_category")), estimate.respondents(), where);
            assertEquals(Long.parseLong(row.get("n_base")), table.base(), where);
            compare(where, "weighted_base", row, table.weightedBase(), 1e-6);
            compare(where, "proportion", row, estimate.proportion(), 1e-6);
            compare(where, "se", row, designName.equals("fixed") ? estimate.standardError()
                    : estimate.calibratedStandardError(), 1e-4);
            compare(where, "deff", row, designName.equals("fixed") ? estimate.designEffectFixedWeights()
                    : estimate.designEffect(), 1e-4);
            compare(where, "ci_logit_lower", row, estimate.logit().lower(), 1e-4);
            compare(where, "ci_logit_upper", row, estimate.logit().upper(), 1e-4);
            compare(where, "ci_beta_lower", row, estimate.beta().lower(), 1e-4);
            compare(where, "ci_beta_upper", row, estimate.beta().upper(), 1e-4);
            assertEquals(table.base() < 30, table.belowMinimumBase());
            checked++;
        }
        System.out.println("estimates " + wave + ": " + checked + " rows; worst relative differences " + worst);
        assertTrue(failures.isEmpty(), failures.size() + " differences beyond tolerance, e.g. "
                + failures.subList(0, Math.min(10, failures.size())));
    }

    @Test
    void testsOfIndependenceAgreeWithR() {
        List<Map<String, String>> respondents = RFixtures.respondents("2025");
        for (Map<String, String> row : RFixtures.csv("r-tests-2025.csv")) {
            String question = row.get("question");
            String by = row.get("by_variable");
            WeightedDesign design = design("2025", row.get("design"));
            IndependenceTest test = Proportions.breakdown(design,
                    RFixtures.answerCells(respondents, RFixtures.WEIGHTING, question, by), CATEGORIES.get(question),
                    null, EstimationOptions.defaults()).test().orElseThrow();
            String where = row.get("design") + " " + question + " by " + by;
            compare(where, "pearson_chisq", row, test.pearsonChiSquare(), 1e-4);
            compare(where, "pearson_df", row, test.pearsonDegreesOfFreedom(), 1e-12);
            compare(where, "pearson_p", row, test.pearsonP(), 1e-4);
            compare(where, "rao_scott_f", row, test.raoScottF(), 1e-4);
            compare(where, "ndf", row, test.numeratorDegreesOfFreedom(), 1e-4);
            compare(where, "ddf", row, test.denominatorDegreesOfFreedom(), 1e-4);
            compare(where, "rao_scott_p", row, test.raoScottP(), 1e-4);
        }
        System.out.println("tests: worst relative differences " + worst);
        assertTrue(failures.isEmpty(), failures.toString());
    }

    private void compare(String where, String column, Map<String, String> row, double actual, double tolerance) {
        double expected = RFixtures.number(row, column);
        if (Double.isNaN(expected)) {
            return; // R gives no value here (p = 0 or 1); the engine's own behaviour is tested separately
        }
        double difference = RFixtures.relativeDifference(actual, expected);
        if (Double.isNaN(actual)) {
            difference = Double.POSITIVE_INFINITY;
        }
        worst.merge(column, difference, Math::max);
        if (!(difference <= tolerance)) {
            failures.add(where + " " + column + ": " + actual + " against R's " + expected);
        }
    }
}
