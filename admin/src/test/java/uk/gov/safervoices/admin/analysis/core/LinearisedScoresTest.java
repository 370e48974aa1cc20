package uk.gov.safervoices.admin.analysis.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * General scores give the proportions' standard errors when the scores are those of a proportion: the two code
 * paths of {@link Linearisation} agree (the proportions' own path is checked against R).
 */
class LinearisedScoresTest {

    @Test
    void indicatorScoresGiveTheProportionsStandardErrors() {
        WeightedDesign design = ProportionsAgainstRTest.design("2025", "calibrated");
        List<String> categories = ProportionsAgainstRTest.CATEGORIES.get("q_concern");
        List<AnswerCell> cells = RFixtures.answerCells(RFixtures.respondents("2025"), RFixtures.WEIGHTING,
                "q_concern", null);
        ProportionTable table = Proportions.estimate(design, cells, categories, EstimationOptions.defaults());

        List<int[]> units = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        int k = categories.size();
        for (AnswerCell cell : cells) {
            int c = design.indexOf(cell.weightingCategories());
            if (c < 0 || cell.answer() == null) {
                continue;
            }
            int own = categories.indexOf(cell.answer());
            double[] score = new double[k];
            for (int j = 0; j < k; j++) {
                score[j] = ((j == own ? 1 : 0) - table.estimates().get(j).proportion()) / table.weightedBase();
            }
            units.add(new int[]{c});
            counts.add(cell.respondents());
            scores.add(score);
        }
        int[] unitCell = units.stream().mapToInt(unit -> unit[0]).toArray();
        long[] unitCount = counts.stream().mapToLong(Long::longValue).toArray();
        double[][] unitScore = scores.toArray(double[][]::new);
        for (boolean calibrated : new boolean[]{false, true}) {
            double[][] covariance = LinearisedScores.covariance(design, unitCell, unitCount, unitScore, k, calibrated);
            for (int j = 0; j < k; j++) {
                Estimate estimate = table.estimates().get(j);
                double expected = calibrated ? estimate.calibratedStandardError() : estimate.standardError();
                assertEquals(expected, Math.sqrt(covariance[j][j]), 1e-12 * expected, estimate.category());
            }
        }
    }
}
