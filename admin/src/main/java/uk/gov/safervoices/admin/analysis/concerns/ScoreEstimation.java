package uk.gov.safervoices.admin.analysis.concerns;

import uk.gov.safervoices.admin.analysis.core.LinearisedScores;
import uk.gov.safervoices.admin.analysis.core.WeightedDesign;

import java.util.Arrays;

/**
 * Point estimates and linearised standard errors of the four concern scores. With y the points a respondent gave a
 * concern, m whether they named it, a whether they ranked anything, t their points in all, and W-sums over the
 * weighted design:
 * <pre>
 *   total  T_j = W(y_j)                 score y_j
 *   mean   M_j = T_j / W(a)             score (y_j - M_j a) / W(a)
 *   share  S_j = T_j / W(t)             score (y_j - S_j t) / W(t)
 *   mention P_j = W(m_j) / W(a)         score (m_j - P_j a) / W(a)
 * </pre>
 * and the variance of each from {@link LinearisedScores} (with weights fixed, and calibrated).
 */
final class ScoreEstimation {

    static final int TOTAL = 0;
    static final int MEAN = 1;
    static final int SHARE = 2;
    static final int MENTION = 3;

    /** [statistic][concern] */
    final double[][] value;
    final double[][] fixedVariance;
    final double[][] calibratedVariance;
    final long[] mentions;
    final long[] firstChoices;
    final long respondents;
    final long rankers;
    final double weightedRankers;

    ScoreEstimation(WeightedDesign design, UnitTable units) {
        int k = units.concerns.size();
        int size = units.size();
        int[] designCell = new int[units.cells.size()];
        for (int c = 0; c < designCell.length; c++) {
            designCell[c] = design.indexOf(units.cells.get(c));
        }
        // Per unit in the design: its cell, count, points y per concern and mention m per concern.
        int inside = 0;
        int[] cell = new int[size];
        long[] count = new long[size];
        double[][] y = new double[size][];
        double[][] m = new double[size][];
        boolean[] ranked = new boolean[size];
        double[] totalPoints = new double[size];
        double[] pointsTotal = new double[k];
        double[] mentionTotal = new double[k];
        double allPoints = 0;
        double weightedRankersSum = 0;
        long rankersCount = 0;
        mentions = new long[k];
        firstChoices = new long[k];
        for (int u = 0; u < size; u++) {
            int c = designCell[units.cellOf[u]];
            if (c < 0) {
                continue;
            }
            int i = inside++;
            cell[i] = c;
            count[i] = units.count[u];
            y[i] = new double[k];
            m[i] = new double[k];
            ranked[i] = units.rankedAny[u];
            double weighted = count[i] * design.weight(c);
            int[] ranking = units.concernAt[u];
            for (int position = 0; position < ranking.length; position++) {
                int j = ranking[position];
                if (j >= 0) {
                    y[i][j] = units.points[position];
                    m[i][j] = 1;
                    totalPoints[i] += units.points[position];
                    pointsTotal[j] += weighted * units.points[position];
                    mentionTotal[j] += weighted;
                    mentions[j] += count[i];
                    if (position == 0) {
                        firstChoices[j] += count[i];
                    }
                }
            }
            allPoints += weighted * totalPoints[i];
            if (ranked[i]) {
                weightedRankersSum += weighted;
                rankersCount += count[i];
            }
        }
        respondents = design.respondents();
        rankers = rankersCount;
        weightedRankers = weightedRankersSum;
        value = new double[4][k];
        for (int j = 0; j < k; j++) {
            value[TOTAL][j] = pointsTotal[j];
            value[MEAN][j] = pointsTotal[j] / weightedRankers;
            value[SHARE][j] = pointsTotal[j] / allPoints;
            value[MENTION][j] = mentionTotal[j] / weightedRankers;
        }
        double[][][] scores = new double[4][inside][k];
        for (int i = 0; i < inside; i++) {
            double a = ranked[i] ? 1 : 0;
            for (int j = 0; j < k; j++) {
                scores[TOTAL][i][j] = y[i][j];
                scores[MEAN][i][j] = (y[i][j] - value[MEAN][j] * a) / weightedRankers;
                scores[SHARE][i][j] = (y[i][j] - value[SHARE][j] * totalPoints[i]) / allPoints;
                scores[MENTION][i][j] = (m[i][j] - value[MENTION][j] * a) / weightedRankers;
            }
        }
        int[] unitCell = Arrays.copyOf(cell, inside);
        long[] unitCount = Arrays.copyOf(count, inside);
        fixedVariance = new double[4][];
        calibratedVariance = new double[4][];
        for (int statistic = 0; statistic < 4; statistic++) {
            boolean defined = statistic == TOTAL || (statistic == SHARE ? allPoints > 0 : weightedRankers > 0);
            fixedVariance[statistic] = defined ? diagonal(LinearisedScores.covariance(design, unitCell, unitCount,
                    scores[statistic], k, false)) : nan(k);
            calibratedVariance[statistic] = !defined ? nan(k) : design.calibrated()
                    ? diagonal(LinearisedScores.covariance(design, unitCell, unitCount, scores[statistic], k, true))
                    : fixedVariance[statistic];
        }
    }

    private static double[] diagonal(double[][] matrix) {
        double[] diagonal = new double[matrix.length];
        for (int j = 0; j < matrix.length; j++) {
            diagonal[j] = Math.max(0, matrix[j][j]);
        }
        return diagonal;
    }

    private static double[] nan(int k) {
        double[] values = new double[k];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
