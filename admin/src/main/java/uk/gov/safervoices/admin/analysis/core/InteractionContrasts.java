package uk.gov.safervoices.admin.analysis.core;

/**
 * The interaction contrasts of an r x c table, cells ordered rows fastest: for each row i and column j but the last,
 * (e_i - e_last) x (e_j - e_last). Each has four non-zero entries, +1 at cells (i, j) and (last, last) and -1 at
 * (last, j) and (i, last), so the products the Rao-Scott test needs, {@code C' D^-1 C} and
 * {@code C' D^-1 V D^-1 C} for a diagonal D, take a few terms an entry instead of products of dense matrices.
 */
final class InteractionContrasts {

    private static final double[] SIGNS = {1, 1, -1, -1};

    /** Per contrast, its four cells, in the order of {@link #SIGNS}. */
    private final int[][] cells;

    InteractionContrasts(int r, int c) {
        cells = new int[(r - 1) * (c - 1)][];
        for (int i = 0; i < r - 1; i++) {
            for (int j = 0; j < c - 1; j++) {
                cells[i + (r - 1) * j] = new int[]{i + r * j, r - 1 + r * (c - 1), r - 1 + r * j, i + r * (c - 1)};
            }
        }
    }

    /** The number of contrasts, (r - 1)(c - 1). */
    int size() {
        return cells.length;
    }

    /** {@code C' D^-1 C / n}, with {@code D^-1 = diag(inverseP)}: C' times the sparse {@code D^-1 C / n}. */
    double[][] denominator(double[] inverseP, double n) {
        double[][] right = new double[inverseP.length][cells.length];
        for (int b = 0; b < cells.length; b++) {
            for (int t = 0; t < 4; t++) {
                int cell = cells[b][t];
                right[cell][b] += SIGNS[t] * inverseP[cell] / n;
            }
        }
        return transposedTimes(right, null);
    }

    /** {@code C' D^-1 V D^-1 C}: first {@code V D^-1 C} (k x m), then {@code C' D^-1} times it. */
    double[][] numerator(double[][] v, double[] inverseP) {
        int k = v.length;
        int m = cells.length;
        double[][] right = new double[k][m];
        for (int s = 0; s < k; s++) {
            for (int b = 0; b < m; b++) {
                double sum = 0;
                for (int t = 0; t < 4; t++) {
                    int cell = cells[b][t];
                    sum += SIGNS[t] * v[s][cell] * inverseP[cell];
                }
                right[s][b] = sum;
            }
        }
        return transposedTimes(right, inverseP);
    }

    /** {@code C' diag(scale) right} (scale null: the identity); right is k x m. */
    private double[][] transposedTimes(double[][] right, double[] scale) {
        int m = cells.length;
        double[][] product = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int t = 0; t < 4; t++) {
                int cell = cells[a][t];
                double factor = scale == null ? SIGNS[t] : SIGNS[t] * scale[cell];
                double[] source = right[cell];
                double[] target = product[a];
                for (int b = 0; b < m; b++) {
                    target[b] += factor * source[b];
                }
            }
        }
        return product;
    }
}
