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

    /** The K variances (the diagonal of {@link #covariance}); {@code calibrated}: of the calibration residuals. */
    double[] variances(boolean calibrated) {
        double[][] coefficients = calibrated ? linearisation.coefficients(scoreSum, k) : null;
        double[] mean = mean(coefficients);
        double[] diagonal = new double[k];
        double[] x = new double[k];
        double[] rest = new double[k];
        double squaredB = 0;
        for (int c = 0; c < design.size(); c++) {
            rest(c, coefficients, mean, rest);
            long n = design.respondents(c);
            for (int a = 0; a < k; a++) {
                diagonal[a] += n * rest[a] * rest[a];
            }
            if (answered[c] > 0) {
                squaredB += answeredTerms(c, rest, x, diagonal, null);
            }
        }
        double scale = scale();
        for (int a = 0; a < k; a++) {
            double variance = diagonal[a] - 2 * x[a] * p[a] + squaredB * p[a] * p[a];
            diagonal[a] = Math.max(0, variance * scale);
        }
        return diagonal;
    }

    /** The K x K covariance; {@code calibrated}: of the residuals on the calibration variables. */
    double[][] covariance(boolean calibrated) {
        double[][] coefficients = calibrated ? linearisation.coefficients(scoreSum, k) : null;
        double[] mean = mean(coefficients);
        double[][] oneSided = new double[k][];
        double[] diagonal = new double[k];
        double[] x = new double[k];
        double[] rest = new double[k];
        double squaredB = 0;
        for (int c = 0; c < design.size(); c++) {
            if (answered[c] > 0) {
                rest(c, coefficients, mean, rest);
                squaredB += answeredTerms(c, rest, x, diagonal, oneSided);
            }
        }
        double[][] upper = linearisation.restProducts(coefficients, mean, k);
        double scale = scale();
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

    /** The mean of {@code x_i = w_i z_i} over the design's respondents (residuals, with coefficients). */
    private double[] mean(double[][] coefficients) {
        double[] fitted = new double[k];
        double[] mean = new double[k];
        for (int c = 0; c < design.size(); c++) {
            linearisation.fitted(c, coefficients, fitted);
            double w = design.weight(c);
            long n = design.respondents(c);
            for (int j = 0; j < k; j++) {
                mean[j] += w * ((scoreSum[c] == null ? 0 : scoreSum[c][j]) - n * fitted[j]);
            }
        }
        for (int j = 0; j < k; j++) {
            mean[j] /= linearisation.respondents();
        }
        return mean;
    }

    /** Cell c's common deviation, {@code -(w f_c) - mean}, into {@code rest}. */
    private void rest(int c, double[][] coefficients, double[] mean, double[] rest) {
        linearisation.fitted(c, coefficients, rest);
        double w = design.weight(c);
        for (int j = 0; j < k; j++) {
            rest[j] = -(w * rest[j]) - mean[j];
        }
    }

    /**
     * Adds cell c's answering respondents' terms but {@code n rest rest'}: to x, the owned diagonal, and (when
     * given) {@code b o rest'} by row; returns {@code answered b^2}.
     */
    private double answeredTerms(int c, double[] rest, double[] x, double[] diagonal, double[][] oneSided) {
        double b = design.weight(c) / total;
        double[] o = owned[c];
        for (int a = 0; a < k; a++) {
            x[a] += answered[c] * b * rest[a] + b * b * o[a];
            if (o[a] == 0) {
                continue;
            }
            diagonal[a] += b * b * o[a] + 2 * b * o[a] * rest[a];
            if (oneSided != null) {
                double boa = b * o[a];
                double[] row = oneSided[a] == null ? oneSided[a] = new double[k] : oneSided[a];
                for (int j = 0; j < k; j++) {
                    row[j] += boa * rest[j];
                }
            }
        }
        return answered[c] * b * b;
    }

    private double scale() {
        long respondents = linearisation.respondents();
        return respondents / (respondents - 1.0);
    }
}
