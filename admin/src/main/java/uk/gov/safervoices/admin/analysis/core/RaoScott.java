package uk.gov.safervoices.admin.analysis.core;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tests of independence between answer and group: the unweighted Pearson chi-square, and the Rao-Scott second-order
 * corrected F test exactly as R's {@code svychisq(statistic = "F")}:
 * <pre>
 *   p      = weighted joint proportions of answer x group (respondents with both), V their covariance
 *   X2     = N sum (p_rc - p_r p_c)^2 / (p_r p_c)        N = respondents in the design
 *   C      = a basis of the interaction contrasts; D = diag(p)
 *   Delta  = (C' D^-1 C / N)^-1 (C' D^-1 V D^-1 C)
 *   F      = X2 / tr(Delta), on d0 = tr(Delta)^2 / tr(Delta^2) and d0 (N - 1) degrees of freedom
 * </pre>
 * V is the calibrated covariance when the design is calibrated. The traces do not depend on the choice of C; each
 * contrast has four non-zero entries, so both matrices are built entry by entry, and the traces come from a
 * Cholesky factor ({@link DesignEffectTraces}). A denominator matrix with a condition number of
 * {@link DesignEffectTraces#MAX_CONDITION} or more is singular but for rounding (structural zeros): its solution,
 * and so the test, would be noise that differs with the order the cells were added in, so there is no test.
 */
final class RaoScott {

    private static final double EPSILON = 1e-15;
    private static final int MAX_ITERATIONS = 100_000;

    /** Mean design effects below this are rounding noise on a variance of zero. */
    private static final double MIN_MEAN_DESIGN_EFFECT = 1e-8;

    private RaoScott() {
    }

    static Optional<IndependenceTest> test(Linearisation linearisation, WeightedDesign design, AnswerUnits units) {
        int categories = units.categories.size();
        int groups = units.groups.size();
        long[][] counts = new long[categories][groups];
        double[][] weighted = new double[categories][groups];
        for (int u = 0; u < units.cell.length; u++) {
            if (units.answer[u] >= 0 && units.group[u] >= 0) {
                counts[units.answer[u]][units.group[u]] += units.count[u];
                weighted[units.answer[u]][units.group[u]] += units.count[u] * design.weight(units.cell[u]);
            }
        }
        int[] rows = present(counts, true);
        int[] columns = present(counts, false);
        int r = rows.length;
        int c = columns.length;
        if (r < 2 || c < 2) {
            return Optional.empty();
        }
        int k = r * c;
        int[] rowOf = inverse(rows, categories);
        int[] columnOf = inverse(columns, groups);

        double total = 0;
        double[] p = new double[k];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                p[i + r * j] = weighted[rows[i]][columns[j]];
                total += p[i + r * j];
            }
        }
        for (int j = 0; j < k; j++) {
            p[j] /= total;
        }

        List<Integer> selected = new ArrayList<>();
        for (int u = 0; u < units.cell.length; u++) {
            if (units.answer[u] >= 0 && units.group[u] >= 0) {
                selected.add(u);
            }
        }
        int[] cell = new int[selected.size()];
        long[] count = new long[selected.size()];
        int[] own = new int[selected.size()];
        for (int s = 0; s < selected.size(); s++) {
            int u = selected.get(s);
            cell[s] = units.cell[u];
            count[s] = units.count[u];
            own[s] = rowOf[units.answer[u]] + r * columnOf[units.group[u]];
        }
        double[][] v = linearisation.indicatorScores(cell, count, own, p, total, k).covariance(design.calibrated());
        double n = linearisation.respondents();

        double[] rowShare = new double[r];
        double[] columnShare = new double[c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                rowShare[i] += p[i + r * j];
                columnShare[j] += p[i + r * j];
            }
        }
        double weightedChiSquare = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double expected = rowShare[i] * columnShare[j];
                double difference = p[i + r * j] - expected;
                weightedChiSquare += difference * difference / expected;
            }
        }
        weightedChiSquare *= n;

        double[] inverseP = new double[k];
        for (int j = 0; j < k; j++) {
            inverseP[j] = p[j] == 0 ? 0 : 1 / p[j];
        }
        InteractionContrasts contrasts = new InteractionContrasts(r, c);
        double[][] denominator = contrasts.denominator(inverseP, n);
        double[][] numerator = contrasts.numerator(v, inverseP);
        DesignEffectTraces traces = DesignEffectTraces.of(denominator, numerator);
        if (traces == null) {
            // Structural zeros (e.g. a question broken down by itself: each group answers only its own category)
            // leave no interaction to test; R's svychisq stops with an error from solve() here.
            return Optional.empty();
        }
        double trace = traces.trace;
        if (!(trace > MIN_MEAN_DESIGN_EFFECT * contrasts.size())) {
            // The design effects are zero but for rounding: the table has no sampling variance (e.g. a raking
            // variable broken down by itself, fixed by the margins), so there is nothing to test.
            return Optional.empty();
        }
        double traceOfSquare = traces.traceOfSquare;
        double f = weightedChiSquare / trace;
        double d0 = trace * trace / traceOfSquare;
        double denominatorDf = d0 * (n - 1);
        double raoScottP = upperF(f, d0, denominatorDf);

        double pearson = pearson(counts, rows, columns);
        double pearsonDf = (r - 1) * (c - 1);
        double pearsonP = Gamma.regularizedGammaQ(pearsonDf / 2, pearson / 2, EPSILON, MAX_ITERATIONS);

        List<String> rowNames = new ArrayList<>();
        for (int row : rows) {
            rowNames.add(units.categories.get(row));
        }
        List<String> columnNames = new ArrayList<>();
        for (int column : columns) {
            columnNames.add(units.groups.get(column));
        }
        return Optional.of(new IndependenceTest(rowNames, columnNames, pearson, pearsonDf, pearsonP, f, d0,
                denominatorDf, raoScottP));
    }

    /** P(F(d1, d2) > f) from the regularised incomplete beta function, accurate in the far tail. */
    static double upperF(double f, double d1, double d2) {
        if (!(f > 0)) {
            return 1;
        }
        return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2, EPSILON, MAX_ITERATIONS);
    }

    private static double pearson(long[][] counts, int[] rows, int[] columns) {
        double total = 0;
        double[] rowTotals = new double[rows.length];
        double[] columnTotals = new double[columns.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                long observed = counts[rows[i]][columns[j]];
                rowTotals[i] += observed;
                columnTotals[j] += observed;
                total += observed;
            }
        }
        double statistic = 0;
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                double expected = rowTotals[i] * columnTotals[j] / total;
                double difference = counts[rows[i]][columns[j]] - expected;
                statistic += difference * difference / expected;
            }
        }
        return statistic;
    }

    private static int[] present(long[][] counts, boolean rows) {
        List<Integer> present = new ArrayList<>();
        int outer = rows ? counts.length : counts.length == 0 ? 0 : counts[0].length;
        for (int a = 0; a < outer; a++) {
            long sum = 0;
            int inner = rows ? (counts.length == 0 ? 0 : counts[0].length) : counts.length;
            for (int b = 0; b < inner; b++) {
                sum += rows ? counts[a][b] : counts[b][a];
            }
            if (sum > 0) {
                present.add(a);
            }
        }
        return present.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] inverse(int[] kept, int size) {
        int[] position = new int[size];
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < kept.length; i++) {
            position[kept[i]] = i;
        }
        return position;
    }
}
