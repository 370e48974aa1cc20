package uk.gov.safervoices.admin.analysis.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendsTest {

    private static ProportionTable overall(String wave, String design, String question) {
        return Proportions.estimate(ProportionsAgainstRTest.design(wave, design),
                RFixtures.answerCells(RFixtures.respondents(wave), RFixtures.WEIGHTING, question, null),
                ProportionsAgainstRTest.CATEGORIES.get(question), EstimationOptions.defaults());
    }

    @Test
    void differencesBetweenWavesAgreeWithR() {
        double worstPoint = 0;
        double worstSe = 0;
        int significant = 0;
        for (Map<String, String> row : RFixtures.csv("r-trends.csv")) {
            String design = row.get("design");
            String question = row.get("question");
            List<TrendEstimate> trends = Trends.compare(overall("2024", design, question),
                    overall("2025", design, question), 0.95);
            TrendEstimate trend = trends.stream().filter(t -> t.category().equals(row.get("category"))).findFirst()
                    .orElseThrow();
            String where = design + " " + question + " " + trend.category();
            worstPoint = Math.max(worstPoint, check(where, trend.difference(), row, "difference", 1e-6));
            worstSe = Math.max(worstSe, check(where, trend.standardError(), row, "se", 1e-4));
            worstSe = Math.max(worstSe, check(where, trend.interval().lower(), row, "ci_lower", 1e-4));
            worstSe = Math.max(worstSe, check(where, trend.interval().upper(), row, "ci_upper", 1e-4));
            worstSe = Math.max(worstSe, check(where, trend.pValue(), row, "p_value", 1e-4));
            assertEquals(RFixtures.number(row, "p_value") < 0.05, trend.significant(), where);
            assertEquals(trend.significant(), !trend.interval().contains(0), where);
            assertTrue(trend.inBothWaves());
            significant += trend.significant() ? 1 : 0;
        }
        System.out.printf("trends: worst relative difference %.3g (differences), %.3g (SE, CI, p)%n", worstPoint, worstSe);
        assertTrue(significant > 0, "the fixture has a real change to detect");
    }

    private static double check(String where, double actual, Map<String, String> row, String column, double tolerance) {
        double difference = RFixtures.relativeDifference(actual, RFixtures.number(row, column));
        assertTrue(difference <= tolerance, where + " " + column + ": " + actual + " against R's " + row.get(column));
        return difference;
    }

    private static ProportionTable table(Estimate... estimates) {
        return new ProportionTable(null, 100, 100, 1000, 99, false, List.of(estimates));
    }

    private static Estimate estimate(String category, double p, double se) {
        return new Estimate(category, 10, 100, p, se, se, 1, 1, Interval.UNAVAILABLE, Interval.UNAVAILABLE);
    }

    @Test
    void aCategoryInOnlyOneWaveCountsAsNobodyInTheOther() {
        List<TrendEstimate> trends = Trends.compare(table(estimate("Yes", 0.5, 0.03)),
                table(estimate("Yes", 0.4, 0.04), estimate("New", 0.1, 0.01)), 0.95);
        assertEquals(List.of("Yes", "New"), trends.stream().map(TrendEstimate::category).toList());
        TrendEstimate yes = trends.get(0);
        assertEquals(-0.1, yes.difference(), 1e-15);
        assertEquals(0.05, yes.standardError(), 1e-15);
        assertEquals(-0.1 - 1.959963984540054 * 0.05, yes.interval().lower(), 1e-12);
        assertTrue(yes.significant());
        TrendEstimate added = trends.get(1);
        assertFalse(added.inBothWaves());
        assertEquals(0, added.earlier());
        assertEquals(0.1, added.difference(), 1e-15);
    }

    @Test
    void noChangeIsNotSignificant() {
        TrendEstimate same = Trends.compare(table(estimate("Yes", 0.5, 0.03)), table(estimate("Yes", 0.5, 0.03)), 0.95)
                .get(0);
        assertEquals(1, same.pValue(), 1e-15);
        assertFalse(same.significant());
    }

    @Test
    void aShareFixedByTheMarginsInBothWavesIsNeverASignificantChange() {
        TrendEstimate rounding = Trends.compare(table(estimate("Abbey", 0.25, 1e-17)),
                table(estimate("Abbey", 0.25 + 2e-16, 3e-17)), 0.95).get(0);
        assertFalse(rounding.significant(), "rounding noise over a zero standard error");
        assertEquals(1, rounding.pValue(), 1e-15);

        TrendEstimate exact = Trends.compare(table(estimate("Abbey", 0.25, 0)), table(estimate("Abbey", 0.27, 0)),
                0.95).get(0);
        assertFalse(exact.significant(), "a known difference, not a sampled one");
        assertEquals(0.02, exact.difference(), 1e-12);
    }
}
