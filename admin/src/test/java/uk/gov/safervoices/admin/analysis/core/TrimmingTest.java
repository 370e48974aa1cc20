package uk.gov.safervoices.admin.analysis.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrimmingTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2025"})
    void equalShareTrimmingAgreesWithRTrimWeightsStrict(String wave) {
        WeightedDesign raked = RakingAgainstRTest.rake(wave).design();
        TrimmingResult result = Trimming.trim(raked,
                TrimmingOptions.between(0.5, 3).withRedistribution(TrimmingOptions.Redistribution.EQUAL_SHARE));
        assertTrue(result.converged());
        assertTrue(result.margins().isEmpty());

        Map<String, Map<String, String>> respondents = new HashMap<>();
        RFixtures.respondents(wave).forEach(row -> respondents.put(row.get("respondent_id"), row));
        double worst = 0;
        for (Map<String, String> row : RFixtures.csv("r-weights-" + wave + ".csv")) {
            List<String> cell = RFixtures.categories(respondents.get(row.get("respondent_id")), RFixtures.WEIGHTING);
            worst = Math.max(worst, RFixtures.relativeDifference(result.design().weightOf(cell),
                    RFixtures.number(row, "weight_trimmed")));
        }
        System.out.printf("trimming %s: %d passes, %d at lower and %d at upper bound; worst relative difference "
                + "from R trimWeights %.3g%n", wave, result.iterations(), result.atLowerBound(), result.atUpperBound(), worst);
        assertTrue(worst < 1e-6, "worst relative difference " + worst);
        assertTrue(result.atUpperBound() > 0);
        // raised to the lower bound at first, those weights then shared in what the top weights gave up
        assertTrue(result.before().min() < result.lowerBound() && result.after().min() > result.lowerBound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2025"})
    void diagnosticsAgreeWithR(String wave) {
        WeightedDesign raked = RakingAgainstRTest.rake(wave).design();
        TrimmingResult trimmed = Trimming.trim(raked,
                TrimmingOptions.between(0.5, 3).withRedistribution(TrimmingOptions.Redistribution.EQUAL_SHARE));
        for (Map<String, String> row : RFixtures.csv("r-weight-diagnostics-" + wave + ".csv")) {
            WeightDiagnostics d = row.get("weights").equals("raked") ? trimmed.before() : trimmed.after();
            assertEquals(RFixtures.number(row, "n"), d.respondents());
            assertClose(RFixtures.number(row, "total"), d.total());
            assertClose(RFixtures.number(row, "min"), d.min());
            assertClose(RFixtures.number(row, "max"), d.max());
            assertClose(RFixtures.number(row, "mean"), d.mean());
            assertClose(RFixtures.number(row, "cv"), d.coefficientOfVariation());
            assertClose(RFixtures.number(row, "n_eff"), d.effectiveSampleSize());
            assertClose(RFixtures.number(row, "deff_kish"), d.designEffect());
        }
    }

    private static void assertClose(double expected, double actual) {
        assertTrue(RFixtures.relativeDifference(actual, expected) < 1e-6, actual + " against R's " + expected);
    }

    @Test
    void diagnosticsByHand() {
        WeightedDesign design = new WeightedDesign(List.of("x"), List.of(WeightingCell.of(2, "a"),
                WeightingCell.of(1, "b"), WeightingCell.of(1, "c")), new double[]{1, 2, 4}, List.of());
        WeightDiagnostics d = WeightDiagnostics.of(design);
        assertEquals(4, d.respondents());
        assertEquals(8, d.total(), 1e-12);
        assertEquals(2, d.mean(), 1e-12);
        assertEquals(1, d.min());
        assertEquals(4, d.max());
        assertEquals(64 / 22.0, d.effectiveSampleSize(), 1e-12);
        assertEquals(4 / (64 / 22.0), d.designEffect(), 1e-12);
        assertEquals(Math.sqrt(d.designEffect() - 1), d.coefficientOfVariation(), 1e-12);
    }

    @Test
    void proportionalTrimmingKeepsTheTotalAndTheOrderOfUntrimmedWeights() {
        WeightedDesign raked = RakingAgainstRTest.rake("2025").design();
        TrimmingResult result = Trimming.trim(raked, TrimmingOptions.between(0.5, 3));
        assertTrue(result.converged());
        assertEquals(raked.total(), result.design().total(), 1e-9 * raked.total());
        assertTrue(result.after().max() <= result.upperBound() * (1 + 1e-9));
        assertTrue(result.after().min() >= result.lowerBound() * (1 - 1e-9));
        assertTrue(result.after().effectiveSampleSize() > result.before().effectiveSampleSize());
        // weights that were within the bounds and stayed there were all scaled by the same factors
        double lower = result.lowerBound() * 1.000001;
        double upper = result.upperBound() * 0.999999;
        int reference = -1;
        for (int c = 0; c < raked.size(); c++) {
            double before = raked.weight(c);
            double after = result.design().weight(c);
            if (before > lower && before < upper && after > lower && after < upper) {
                if (reference < 0) {
                    reference = c;
                }
                double ratio = before / raked.weight(reference);
                assertEquals(ratio, after / result.design().weight(reference), 1e-9 * ratio);
            }
        }
        assertTrue(reference >= 0);
    }

    @Test
    void reRakingAfterTrimmingMeetsBothTheBoundsAndTheMargins() {
        RakingResult raked = RakingAgainstRTest.rake("2025");
        TrimmingResult result = Trimming.trim(raked.design(), TrimmingOptions.between(0.5, 6)
                .withReRaking(RFixtures.margins("2025"), RakingOptions.defaults()));
        assertTrue(result.converged(), () -> result.problem().orElseThrow().message());
        assertTrue(result.atUpperBound() > 0 && result.before().max() > result.upperBound());
        assertEquals(10, result.margins().size() - 3);
        for (AchievedMargin margin : result.margins()) {
            assertEquals(margin.target(), margin.achieved(), 1e-9 * raked.design().total());
        }
        double slack = 1e-10 * result.before().mean();
        assertTrue(result.after().max() <= result.upperBound() + slack, result.after().max() + " " + result.upperBound());
        assertTrue(result.after().min() >= result.lowerBound() - slack);
        assertTrue(result.after().effectiveSampleSize() > result.before().effectiveSampleSize());
        System.out.printf("trim and re-rake: %d rounds, n_eff %.1f -> %.1f%n", result.iterations(),
                result.before().effectiveSampleSize(), result.after().effectiveSampleSize());
    }

    @Test
    void boundsTheMarginsCannotMeetAreReportedNotHidden() {
        // Fenwick's 25 respondents must stand for 5,500 people: 220 each, more than 3 x the mean weight of 40.5
        RakingResult raked = RakingAgainstRTest.rake("2025");
        TrimmingResult result = Trimming.trim(raked.design(), TrimmingOptions.between(0.5, 3).withMaxIterations(200)
                .withReRaking(RFixtures.margins("2025"), RakingOptions.defaults()));
        assertFalse(result.converged());
        assertEquals(200, result.iterations());
        WeightingProblem problem = result.problem().orElseThrow();
        assertEquals(WeightingProblem.Code.TRIMMING_NOT_CONVERGED, problem.code());
        assertEquals("Trimming did not bring every weight within 20.2689 to 121.614 while meeting the margins after "
                + "200 iterations (weights now run from 20.2689 to 121.614, and 'ward' category 'Fenwick' reached "
                + "3,040 against a target of 5,500). Widen the bounds or allow more iterations.", problem.message());
        assertThrows(WeightingException.class, result::requireConverged);
    }

    @Test
    void nothingOutsideTheBoundsIsLeftAlone() {
        WeightedDesign design = new WeightedDesign(List.of("x"), List.of(WeightingCell.of(2, "a"),
                WeightingCell.of(2, "b")), new double[]{1, 1.5}, List.of());
        TrimmingResult result = Trimming.trim(design, TrimmingOptions.between(0.5, 2));
        assertTrue(result.converged());
        assertEquals(0, result.iterations());
        assertEquals(1.5, result.design().weight(1));
    }

    @Test
    void optionsRefuseBoundsThatExcludeTheMean() {
        assertThrows(IllegalArgumentException.class, () -> TrimmingOptions.between(1.2, 3));
        assertThrows(IllegalArgumentException.class, () -> TrimmingOptions.between(0.5, 0.9));
        assertThrows(IllegalArgumentException.class, () -> TrimmingOptions.between(-0.1, 3));
    }
}
