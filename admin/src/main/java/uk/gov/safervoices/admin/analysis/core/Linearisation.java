package uk.gov.safervoices.admin.analysis.core;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Linearisation (Taylor series) variances on cells, for a single-stage design without strata or clusters, as R's
 * {@code svyrecvar} for {@code svydesign(ids = ~1, ...)}.
 *
 * <p>An estimate's influence on respondent i is {@code w_i z_i}; respondents sharing a weighting cell and an answer
 * share {@code z}, so sums over respondents become sums over "units" (cell x answer [x group]) weighted by their
 * counts. Respondents of a cell not in any unit (blank answers, other groups) have {@code z = 0}: domain estimation,
 * with n the number of respondents in the whole design. The covariance is {@code n/(n-1) sum (x_i - xbar)(x_i -
 * xbar)'} with {@code x_i = w_i z_i}.
 *
 * <p>Calibrated: {@code z} is first replaced by its residual from a least-squares fit on the indicators of the
 * calibration variables' categories (R's {@code calibrate}: {@code qr.resid} with the starting weights, here all 1;
 * {@code rake} approximates the same projection by back-fitting). The fit needs only cell totals of {@code z}.
 */
final class Linearisation {

    private final WeightedDesign design;
    private final long respondents;
    /** [calibration variable][cell]: the column of X that cell's category has. */
    private final int[][] column;
    private final double[][] pseudoInverse;

    Linearisation(WeightedDesign design) {
        this.design = design;
        this.respondents = design.respondents();
        int variables = design.calibrationVariables().size();
        column = new int[variables][design.size()];
        int columns = 0;
        for (int v = 0; v < variables; v++) {
            int position = design.variables().indexOf(design.calibrationVariables().get(v));
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (int c = 0; c < design.size(); c++) {
                String category = design.cells().get(c).categories().get(position);
                Integer index = seen.get(category);
                if (index == null) {
                    index = columns++;
                    seen.put(category, index);
                }
                column[v][c] = index;
            }
        }
        pseudoInverse = variables == 0 ? new double[0][0] : pseudoInverse(crossProduct(columns));
    }

    long respondents() {
        return respondents;
    }

    /** X'X over respondents: X has one indicator column per category of each calibration variable. */
    private double[][] crossProduct(int columns) {
        double[][] xtx = new double[columns][columns];
        for (int c = 0; c < design.size(); c++) {
            long n = design.respondents(c);
            for (int[] a : column) {
                for (int[] b : column) {
                    xtx[a[c]][b[c]] += n;
                }
            }
        }
        return xtx;
    }

    /** Moore-Penrose inverse of a symmetric positive semi-definite matrix (X'X is singular: its columns overlap). */
    private static double[][] pseudoInverse(double[][] symmetric) {
        int p = symmetric.length;
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(symmetric, false));
        double[] values = eigen.getRealEigenvalues();
        RealMatrix vectors = eigen.getV();
        double largest = 0;
        for (double value : values) {
            largest = Math.max(largest, Math.abs(value));
        }
        double[][] inverse = new double[p][p];
        for (int e = 0; e < p; e++) {
            if (values[e] <= 1e-10 * largest) {
                continue;
            }
            for (int a = 0; a < p; a++) {
                double va = vectors.getEntry(a, e) / values[e];
                for (int b = 0; b < p; b++) {
                    inverse[a][b] += va * vectors.getEntry(b, e);
                }
            }
        }
        return inverse;
    }

    /**
     * The scores of K proportions of one base whose respondents' scores are indicators (see {@link IndicatorScores}),
     * for their covariance and variances, fixed or calibrated.
     *
     * @param cell  per unit, its weighting cell
     * @param count per unit, its respondents
     * @param own   per unit, its answer (0 to K-1)
     * @param p     the K proportions
     * @param total the weighted base the proportions are of
     */
    IndicatorScores indicatorScores(int[] cell, long[] count, int[] own, double[] p, double total, int k) {
        return new IndicatorScores(this, design, cell, count, own, p, total, k);
    }

    /**
     * Covariance matrix of K estimates with general scores: every respondent of unit u (in weighting cell
     * {@code cell[u]}, {@code count[u]} of them) has the score vector {@code score[u]} (K values, already divided by
     * the estimate's denominator, e.g. {@code (y - ratio x) / weighted base} for a ratio). Respondents of a cell that
     * no unit covers have score 0. Cost O(units x K^2 + cells x K^2).
     */
    double[][] scoreCovariance(int[] cell, long[] count, double[][] score, int k, boolean calibrated) {
        int cells = design.size();
        long[] covered = new long[cells];
        double[][] scoreSum = new double[cells][];
        for (int u = 0; u < cell.length; u++) {
            int c = cell[u];
            covered[c] += count[u];
            if (scoreSum[c] == null) {
                scoreSum[c] = new double[k];
            }
            for (int j = 0; j < k; j++) {
                scoreSum[c][j] += count[u] * score[u][j];
            }
        }
        double[][] fitted = new double[cells][k];
        if (calibrated && column.length > 0) {
            double[][] coefficients = coefficients(scoreSum, k);
            for (int c = 0; c < cells; c++) {
                fitted(c, coefficients, fitted[c]);
            }
        }
        double[] mean = new double[k];
        for (int c = 0; c < cells; c++) {
            double w = design.weight(c);
            long n = design.respondents(c);
            for (int j = 0; j < k; j++) {
                mean[j] += w * ((scoreSum[c] == null ? 0 : scoreSum[c][j]) - n * fitted[c][j]);
            }
        }
        for (int j = 0; j < k; j++) {
            mean[j] /= respondents;
        }
        double[][] covariance = new double[k][k];
        double[] deviation = new double[k];
        for (int u = 0; u < cell.length; u++) {
            double w = design.weight(cell[u]);
            for (int j = 0; j < k; j++) {
                deviation[j] = w * (score[u][j] - fitted[cell[u]][j]) - mean[j];
            }
            accumulate(covariance, deviation, count[u]);
        }
        for (int c = 0; c < cells; c++) {
            long remainder = design.respondents(c) - covered[c];
            if (remainder > 0) {
                double w = design.weight(c);
                for (int j = 0; j < k; j++) {
                    deviation[j] = -w * fitted[c][j] - mean[j];
                }
                accumulate(covariance, deviation, remainder);
            }
        }
        double scale = respondents / (respondents - 1.0);
        for (double[] row : covariance) {
            for (int j = 0; j < k; j++) {
                row[j] *= scale;
            }
        }
        return covariance;
    }

    private static void accumulate(double[][] covariance, double[] deviation, long times) {
        for (int a = 0; a < deviation.length; a++) {
            double da = deviation[a] * times;
            for (int b = 0; b < deviation.length; b++) {
                covariance[a][b] += da * deviation[b];
            }
        }
    }

    /**
     * The least-squares fit of z on the calibration categories, {@code (X'X)^+ X' z} (one row per category, one
     * column per score), from cell totals of z (null cells: none); null when there are no calibration variables. A
     * cell's fitted score is the sum of its categories' rows ({@link #fitted}).
     */
    double[][] coefficients(double[][] scoreSum, int k) {
        if (column.length == 0) {
            return null;
        }
        int p = pseudoInverse.length;
        double[][] xtz = new double[p][k];
        for (int c = 0; c < scoreSum.length; c++) {
            if (scoreSum[c] == null) {
                continue;
            }
            for (int[] variable : column) {
                double[] row = xtz[variable[c]];
                for (int j = 0; j < k; j++) {
                    row[j] += scoreSum[c][j];
                }
            }
        }
        double[][] coefficients = new double[p][k];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double factor = pseudoInverse[a][b];
                if (factor != 0) {
                    for (int j = 0; j < k; j++) {
                        coefficients[a][j] += factor * xtz[b][j];
                    }
                }
            }
        }
        return coefficients;
    }


    /** Cell c's fitted score, the sum of its categories' coefficients (zero without them), into {@code into}. */
    void fitted(int c, double[][] coefficients, double[] into) {
        java.util.Arrays.fill(into, 0);
        if (coefficients == null) {
            return;
        }
        for (int[] variable : column) {
            double[] coefficient = coefficients[variable[c]];
            for (int j = 0; j < into.length; j++) {
                into[j] += coefficient[j];
            }
        }
    }

    /**
     * The upper triangle of {@code sum_c n_c rest_c rest_c'} over every cell, with {@code rest_c = -(w_c f_c + mean)}
     * and the fitted score {@code f_c = B' x_c} (B the coefficients, x_c the cell's category indicators):
     * {@code B' G B + s mean' + mean s' + N mean mean'} with {@code G = sum n w^2 x x'} and {@code s = B' sum n w x},
     * so categories x K^2 operations rather than cells x K^2.
     */
    double[][] restProducts(double[][] coefficients, double[] mean, int k) {
        double[][] upper = new double[k][k];
        double[] s = new double[k];
        if (coefficients != null) {
            int categories = coefficients.length;
            double[][] gram = new double[categories][categories];
            double[] u = new double[categories];
            for (int c = 0; c < design.size(); c++) {
                double w = design.weight(c);
                long n = design.respondents(c);
                for (int[] first : column) {
                    u[first[c]] += n * w;
                    for (int[] second : column) {
                        gram[first[c]][second[c]] += n * w * w;
                    }
                }
            }
            double[][] product = new double[categories][k];
            for (int t = 0; t < categories; t++) {
                for (int r = 0; r < categories; r++) {
                    double g = gram[t][r];
                    if (g != 0) {
                        for (int j = 0; j < k; j++) {
                            product[t][j] += g * coefficients[r][j];
                        }
                    }
                }
            }
            for (int t = 0; t < categories; t++) {
                for (int a = 0; a < k; a++) {
                    double factor = coefficients[t][a];
                    s[a] += factor * u[t];
                    double[] target = upper[a];
                    for (int j = a; j < k; j++) {
                        target[j] += factor * product[t][j];
                    }
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int j = a; j < k; j++) {
                upper[a][j] += s[a] * mean[j] + mean[a] * s[j] + respondents * mean[a] * mean[j];
            }
        }
        return upper;
    }
}
