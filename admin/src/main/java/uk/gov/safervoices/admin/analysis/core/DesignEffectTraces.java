package uk.gov.safervoices.admin.analysis.core;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The two traces the Rao-Scott second-order test needs, {@code tr(Delta)} and {@code tr(Delta^2)} for
 * {@code Delta = A^-1 B} with A symmetric positive definite and B symmetric, or none when A is singular (its
 * condition number is {@link #MAX_CONDITION} or more, or LU finds it singular).
 *
 * <p>With the Cholesky factor {@code A = L L'}, Delta is similar to the symmetric {@code S = L^-1 B L^-T}, so
 * {@code tr(Delta) = tr(S)} and {@code tr(Delta^2) = sum S_ab^2}: plain loops over arrays, about m^3 / 6 + m^3
 * multiplications for an m x m matrix, with no inverse, no LU and no SVD.
 *
 * <p>The singularity decision is the one an SVD's condition number and an LU solver would take: it is bracketed with
 * bounds from {@code L^-1} (cond lies between {@code max A_ii * max_i |column i of L^-1|^2} and
 * {@code |A|_inf * |L^-1|_F^2}), and, in the rare case where the bracket straddles the threshold or the factor
 * fails, decided by Commons Math's SVD and LU exactly as before.
 */
final class DesignEffectTraces {

    /** See {@link RaoScott}: a matrix this ill-conditioned is singular but for rounding. */
    static final double MAX_CONDITION = 1e10;
    /** Commons Math's LU default singularity threshold on its pivots. */
    private static final double LU_SINGULARITY = 1e-11;
    /** Room for rounding in the bounds before the exact decision is taken instead. */
    private static final double MARGIN = 1e-3;

    /** tr(Delta), tr(Delta^2). */
    final double trace;
    final double traceOfSquare;

    private DesignEffectTraces(double trace, double traceOfSquare) {
        this.trace = trace;
        this.traceOfSquare = traceOfSquare;
    }

    /** The traces of {@code A^-1 B}, or null when A is singular. A and B are not changed. */
    static DesignEffectTraces of(double[][] a, double[][] b) {
        int m = a.length;
        double[][] lower = cholesky(a);
        if (lower == null) {
            return exactly(a, b);
        }
        double[][] inverse = lowerInverse(lower);
        double largestDiagonal = 0;
        double largestRowSum = 0;
        for (int i = 0; i < m; i++) {
            largestDiagonal = Math.max(largestDiagonal, a[i][i]);
            double rowSum = 0;
            for (int j = 0; j < m; j++) {
                rowSum += Math.abs(a[i][j]);
            }
            largestRowSum = Math.max(largestRowSum, rowSum);
        }
        double frobenius = 0;
        double largestColumn = 0;
        for (int j = 0; j < m; j++) {
            double column = 0;
            for (int i = j; i < m; i++) {
                column += inverse[i][j] * inverse[i][j];
            }
            frobenius += column;
            largestColumn = Math.max(largestColumn, column);
        }
        // lambda_max(A^-1) = |L^-1|_2^2 lies between the largest squared column norm and the squared Frobenius norm.
        double conditionAtLeast = largestDiagonal * largestColumn;
        double conditionAtMost = largestRowSum * frobenius;
        double smallestEigenvalueAtLeast = 1 / frobenius;
        // An LU with partial pivoting has every pivot at least sigma_min(A) / |L_lu|_F >= lambda_min / m.
        boolean luNonSingular = smallestEigenvalueAtLeast / m > LU_SINGULARITY * (1 + MARGIN);
        if (luNonSingular && conditionAtMost < MAX_CONDITION * (1 - MARGIN)) {
            return traces(inverse, b);
        }
        if (conditionAtLeast > MAX_CONDITION * (1 + MARGIN)) {
            return null;
        }
        return exactly(a, b);
    }

    /** The decision and the traces as they were first made: LU solve, SVD condition number. */
    private static DesignEffectTraces exactly(double[][] a, double[][] b) {
        RealMatrix denominator = new Array2DRowRealMatrix(a, true);
        DecompositionSolver solver = new LUDecomposition(denominator).getSolver();
        double condition = new SingularValueDecomposition(denominator).getConditionNumber();
        if (!solver.isNonSingular() || !(condition < MAX_CONDITION)) {
            return null;
        }
        RealMatrix delta = solver.solve(new Array2DRowRealMatrix(b, true));
        return new DesignEffectTraces(delta.getTrace(), delta.multiply(delta).getTrace());
    }

    /** S = L^-1 B L^-T from the inverse of the factor; its trace and its sum of squares. */
    private static DesignEffectTraces traces(double[][] inverse, double[][] b) {
        int m = b.length;
        // left = L^-1 B (L^-1 is lower triangular)
        double[][] left = new double[m][m];
        for (int i = 0; i < m; i++) {
            double[] row = left[i];
            double[] inverseRow = inverse[i];
            for (int t = 0; t <= i; t++) {
                double factor = inverseRow[t];
                double[] bRow = b[t];
                for (int j = 0; j < m; j++) {
                    row[j] += factor * bRow[j];
                }
            }
        }
        // S_ij = sum_t left_it L^-1_jt, t <= j; S is symmetric: the lower half counted twice
        double trace = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < m; i++) {
            double[] row = left[i];
            for (int j = 0; j <= i; j++) {
                double[] inverseRow = inverse[j];
                double s = 0;
                for (int t = 0; t <= j; t++) {
                    s += row[t] * inverseRow[t];
                }
                if (i == j) {
                    trace += s;
                    sumOfSquares += s * s;
                } else {
                    sumOfSquares += 2 * s * s;
                }
            }
        }
        return new DesignEffectTraces(trace, sumOfSquares);
    }

    /** The lower Cholesky factor, or null when a pivot is not positive (A is not numerically positive definite). */
    private static double[][] cholesky(double[][] a) {
        int m = a.length;
        double[][] lower = new double[m][m];
        for (int j = 0; j < m; j++) {
            double[] rowJ = lower[j];
            double diagonal = a[j][j];
            for (int t = 0; t < j; t++) {
                diagonal -= rowJ[t] * rowJ[t];
            }
            if (!(diagonal > 0)) {
                return null;
            }
            double pivot = Math.sqrt(diagonal);
            rowJ[j] = pivot;
            for (int i = j + 1; i < m; i++) {
                double[] rowI = lower[i];
                double value = a[i][j];
                for (int t = 0; t < j; t++) {
                    value -= rowI[t] * rowJ[t];
                }
                rowI[j] = value / pivot;
            }
        }
        return lower;
    }

    /** The inverse of a lower triangular matrix (itself lower triangular), by forward substitution. */
    private static double[][] lowerInverse(double[][] lower) {
        int m = lower.length;
        double[][] inverse = new double[m][m];
        for (int j = 0; j < m; j++) {
            inverse[j][j] = 1 / lower[j][j];
            for (int i = j + 1; i < m; i++) {
                double[] rowI = lower[i];
                double sum = 0;
                for (int t = j; t < i; t++) {
                    sum += rowI[t] * inverse[t][j];
                }
                inverse[i][j] = -sum / rowI[i];
            }
        }
        return inverse;
    }
}
