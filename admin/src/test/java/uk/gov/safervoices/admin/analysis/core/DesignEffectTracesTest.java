package uk.gov.safervoices.admin.analysis.core;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The Cholesky traces against Commons Math's LU solve, and the singularity decision at both sides of the bound. */
class DesignEffectTracesTest {

    private final Random random = new Random(20261130);

    @Test
    void tracesAgreeWithAnLuSolve() {
        for (int m : new int[]{1, 2, 7, 40, 133}) {
            double[][] a = positiveDefinite(m, 1e-3);
            double[][] b = positiveDefinite(m, 0);
            RealMatrix delta = new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver()
                    .solve(new Array2DRowRealMatrix(b));
            DesignEffectTraces traces = DesignEffectTraces.of(a, b);
            assertNotNull(traces);
            assertEquals(delta.getTrace(), traces.trace, 1e-10 * Math.abs(delta.getTrace()), "m = " + m);
            double square = delta.multiply(delta).getTrace();
            assertEquals(square, traces.traceOfSquare, 1e-10 * square, "m = " + m);
        }
    }

    @Test
    void aSingularMatrixHasNoTraces() {
        double[][] a = positiveDefinite(6, 0);
        for (int i = 0; i < 6; i++) {
            a[i][5] = a[i][4];
        }
        for (int j = 0; j < 6; j++) {
            a[5][j] = a[4][j];
        }
        assertNull(DesignEffectTraces.of(a, positiveDefinite(6, 0)));
    }

    @Test
    void theConditionNumberDecidesAsAnSvdWould() {
        // diagonal: the condition number is exactly largest / smallest
        double[][] justBelow = diagonal(1, 1e-10 * 1.01);
        double[][] justAbove = diagonal(1, 1e-10 * 0.99);
        assertNotNull(DesignEffectTraces.of(justBelow, diagonal(1, 1)));
        assertNull(DesignEffectTraces.of(justAbove, diagonal(1, 1)));
        assertNotNull(DesignEffectTraces.of(diagonal(1, 1e-4), diagonal(1, 1)));
        assertNull(DesignEffectTraces.of(diagonal(1, 1e-14), diagonal(1, 1)));
    }

    private static double[][] diagonal(double first, double last) {
        double[][] a = new double[4][4];
        a[0][0] = first;
        a[1][1] = first;
        a[2][2] = first;
        a[3][3] = last;
        return a;
    }

    /** G G' (+ ridge I), symmetric positive (semi-)definite. */
    private double[][] positiveDefinite(int m, double ridge) {
        double[][] g = new double[m][m];
        for (double[] row : g) {
            for (int j = 0; j < m; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                for (int t = 0; t < m; t++) {
                    a[i][j] += g[i][t] * g[j][t];
                }
            }
            a[i][i] += ridge;
        }
        return a;
    }
}
