package uk.gov.safervoices.admin.analysis.core;

/**
 * The linearisation scores of K proportions of one base, whose respondents' scores are indicators: a unit's
 * respondents all gave answer {@code own} (one of K), and their score is {@code z = (e_own - p) / total}; everyone
 * else in the design scores 0 (domain estimation). Gives their covariance matrix, or only its diagonal, with the
 * weights fixed or calibrated (see {@link Linearisation}); the per-cell sums are made once for both.
 *
 * <p>Within a weighting cell every respondent's deviation {@code x_i - xbar} is a common vector {@code rest} (the
 * cell's fitted score and the mean) plus {@code b (e_own - p)} with {@code b = w / total}. Summed over the cell's
 * respondents that is {@code n rest rest'}, plus terms in p and the cell's answer counts o:
 * <pre>
 *   b (o rest' + rest o') - (x p' + p x') + answered b^2 p p' + b^2 diag(o),   x = answered b rest + b^2 o
 * </pre>
 * The p terms are added once at the end, and {@code sum n rest rest'} comes from the calibration categories'
 * coefficients ({@link #restProducts}): O(categories x K^2 + cells x K + units) for the matrix, O(cells x K + units)
 * for the variances.
 */
final class IndicatorScores {

    private final Linearisation linearisation;
    private final WeightedDesign design;
    private final int k;
    private final double[] p;
    private final double total;
    /** Per cell: respondents answering, and per answer how many (null for a cell with none). */
    private final long[] answered;
    private final double[][] owned;
    /** Per cell, the sum of the answering respondents' scores: (owned - answered p) / total. */
    private final double[][] scoreSum;

    /**
     * @param cell  per unit, its weighting cell
     * @param count per unit, its respondents
     * @param own   per unit, its answer (0 to K-1)
     * @param p     the K proportions
     * @param total the weighted base the proportions are of
     */
    IndicatorScores(Linearisation linearisation, WeightedDesign design, int[] cell, long[] count, int[] own,
                    double[] p, double total, int k) {
        this.linearisation = linearisation;
        this.design = design;
        this.k = k;
        this.p = p;
        this.total = total;
        int cells = design.size();
        answered = new long[cells];
        owned = new double[cells][];
        for (int u = 0; u < cell.length; u++) {
            int c = cell[u];
            answered[c] += count[u];
            if (owned[c] == null) {
                owned[c] = new double[k];
            }
            owned[c][own[u]] += count[u];
        }
        scoreSum = new double[cells][];
        for (int c = 0; c < cells; c++) {
            if (owned[c] != null) {
                scoreSum[c] = new double[k];
                for (int j = 0; j < k; j++) {
                    scoreSum[c][j] = (owned[c][j] - answered[c] * p[j]) / total;
                }
            }
        }
    }

    /** The K x K covariance; {@code calibrated}: of the residuals on the calibration variables. */
    double[][] covariance(boolean calibrated) {
        return (double[][]) sums(calibrated, true);
    }

    /** The diagonal of {@link #covariance}: the K variances. */
    double[] variances(boolean calibrated) {
        return (double[]) sums(calibrated, false);
    }

    private Object sums(boolean calibrated, boolean matrix) {
        int cells = design.size();
        double[][] coefficients = calibrated ? linearisation.coefficients(scoreSum, k) : null;
        int[][] categoryColumns = linearisation.categoryColumns();
        double[] fitted = new double[k];
        double[] mean = new double[k];
        for (int c = 0; c < cells; c++) {
            fitted(coefficients, categoryColumns, c, fitted);
            double w = design.weight(c);
            long n = design.respondents(c);
            for (int j = 0; j < k; j++) {
                mean[j] += w * ((scoreSum[c] == null ? 0 : scoreSum[c][j]) - n * fitted[j]);
            }
        }
        long respondents = linearisation.respondents();
        for (int j = 0; j < k; j++) {
            mean[j] /= respondents;
        }

        double[][] oneSided = matrix ? new double[k][] : null;
        double[] diagonal = new double[k];
        double[] x = new double[k];
        double squaredB = 0;
        double[] rest = new double[k];
        for (int c = 0; c < cells; c++) {
            fitted(coefficients, categoryColumns, c, fitted);
            double w = design.weight(c);
            long n = design.respondents(c);
            for (int j = 0; j < k; j++) {
                rest[j] = -(w * fitted[j]) - mean[j];
            }
            if (!matrix) {
                for (int a = 0; a < k; a++) {
                    diagonal[a] += n * rest[a] * rest[a];
                }
            }
            if (answered[c] == 0) {
                continue;
            }
            double b = w / total;
            squaredB += answered[c] * b * b;
            double[] o = owned[c];
            for (int a = 0; a < k; a++) {
                x[a] += answered[c] * b * rest[a] + b * b * o[a];
                if (o[a] == 0) {
                    continue;
                }
                diagonal[a] += b * b * o[a] + 2 * b * o[a] * rest[a];
                if (matrix) {
                    double boa = b * o[a];
                    double[] row = oneSided[a] == null ? oneSided[a] = new double[k] : oneSided[a];
                    for (int j = 0; j < k; j++) {
                        row[j] += boa * rest[j];
                    }
                }
            }
        }
        double scale = respondents / (respondents - 1.0);
        if (!matrix) {
            for (int a = 0; a < k; a++) {
                double variance = diagonal[a] - 2 * x[a] * p[a] + squaredB * p[a] * p[a];
                diagonal[a] = Math.max(0, variance * scale);
            }
            return diagonal;
        }
        double[][] upper = restProducts(coefficients, categoryColumns, mean);
        double[][] covariance = new double[k][k];
        for (int a = 0; a < k; a++) {
            double variance = upper[a][a] + diagonal[a] - 2 * x[a] * p[a] + squaredB * p[a] * p[a];
            // A variance that is zero but for rounding can come out a hair below zero.
            covariance[a][a] = Math.max(0, variance * scale);
            for (int j = a + 1; j < k; j++) {
                double value = upper[a][j] - x[a] * p[j] - p[a] * x[j] + squaredB * p[a] * p[j];
                if (oneSided[a] != null) {
                    value += oneSided[a][j];
                }
                if (oneSided[j] != null) {
                    value += oneSided[j][a];
                }
                covariance[a][j] = value * scale;
                covariance[j][a] = value * scale;
            }
        }
        return covariance;
    }

    /** Cell c's fitted score (the sum of its categories' coefficients; zero without calibration) into {@code into}. */
    private void fitted(double[][] coefficients, int[][] categoryColumns, int c, double[] into) {
        java.util.Arrays.fill(into, 0);
        if (coefficients == null) {
            return;
        }
        for (int[] variable : categoryColumns) {
            double[] coefficient = coefficients[variable[c]];
            for (int j = 0; j < k; j++) {
                into[j] += coefficient[j];
            }
        }
    }

    /**
     * The upper triangle of {@code sum_c n_c rest_c rest_c'} with {@code rest_c = -(w_c f_c + mean)} and the fitted
     * score {@code f_c = B' x_c} (B the coefficients, x_c the cell's category indicators): {@code B' G B + s mean' +
     * mean s' + N mean mean'} with {@code G = sum n w^2 x x'} and {@code s = B' sum n w x}, so p x K^2 operations for p
     * calibration categories rather than cells x K^2.
     */
    private double[][] restProducts(double[][] coefficients, int[][] categoryColumns, double[] mean) {
        double[][] upper = new double[k][k];
        double[] s = new double[k];
        if (coefficients != null) {
            int categories = coefficients.length;
            double[][] gram = new double[categories][categories];
            double[] u = new double[categories];
            for (int c = 0; c < design.size(); c++) {
                double w = design.weight(c);
                long n = design.respondents(c);
                for (int[] first : categoryColumns) {
                    u[first[c]] += n * w;
                    for (int[] second : categoryColumns) {
                        gram[first[c]][second[c]] += n * w * w;
                    }
                }
            }
            double[][] product = new double[categories][k];
            for (int t = 0; t < categories; t++) {
                for (int r = 0; r < categories; r++) {
                    double g = gram[t][r];
                    if (g != 0) {
                        double[] coefficient = coefficients[r];
                        for (int j = 0; j < k; j++) {
                            product[t][j] += g * coefficient[j];
                        }
                    }
                }
            }
            for (int t = 0; t < categories; t++) {
                double[] coefficient = coefficients[t];
                double[] row = product[t];
                for (int a = 0; a < k; a++) {
                    double factor = coefficient[a];
                    s[a] += factor * u[t];
                    double[] target = upper[a];
                    for (int j = a; j < k; j++) {
                        target[j] += factor * row[j];
                    }
                }
            }
        }
        long respondents = linearisation.respondents();
        for (int a = 0; a < k; a++) {
            for (int j = a; j < k; j++) {
                upper[a][j] += s[a] * mean[j] + mean[a] * s[j] + respondents * mean[a] * mean[j];
            }
        }
        return upper;
    }
}
