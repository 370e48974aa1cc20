package uk.gov.safervoices.admin.analysis.core;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bracketed search finds Commons Math's quantiles, to their accuracy, from tiny to huge parameters. */
class QuantilesTest {

    private static final double ACCURACY = 1e-14;

    @Test
    void betaQuantilesAreCommonsMathsToItsAccuracy() {
        for (double n : new double[]{1, 2.5, 10, 37, 400, 5_000, 80_000, 2e6}) {
            for (double p : new double[]{1e-6, 0.003, 0.05, 0.31, 0.5, 0.77, 0.98, 0.999999}) {
                for (double probability : new double[]{0.005, 0.025, 0.5, 0.975, 0.995}) {
                    double alpha = n * p;
                    double beta = n * (1 - p) + 1;
                    double expected = new BetaDistribution(null, alpha, beta, ACCURACY)
                            .inverseCumulativeProbability(probability);
                    assertEquals(expected, Quantiles.beta(alpha, beta, probability, ACCURACY),
                            4 * ACCURACY + rounding(alpha, beta, probability, expected),
                            "Beta(" + alpha + ", " + beta + ") at " + probability);
                }
            }
        }
    }

    /**
     * How far apart two searches may stop for parameters in the millions: the distribution function is
     * exp(a log x + b log(1 - x) + ...) times a continued fraction, so it carries a relative rounding error of about
     * one ulp of that exponent (1e-10 at a + b = 2e6), and the quantile that error over the density (6e-14 there). For
     * parameters in the thousands this is far below the accuracy asked for.
     */
    private static double rounding(double alpha, double beta, double probability, double quantile) {
        if (!(quantile > 0 && quantile < 1)) {
            return 0;
        }
        double exponent = alpha * Math.abs(Math.log(quantile)) + beta * Math.abs(Math.log1p(-quantile));
        double density = new BetaDistribution(null, alpha, beta, ACCURACY).density(quantile);
        return 4 * Math.ulp(1.0) * exponent * Math.min(probability, 1 - probability) / density;
    }

    @Test
    void tQuantilesAreCommonsMathsToItsAccuracy() {
        for (double df : new double[]{1, 2, 3, 7, 29, 300, 5_000, 1e6}) {
            for (double probability : new double[]{0.5, 0.9, 0.95, 0.975, 0.995, 0.9995}) {
                double expected = new TDistribution(null, df, ACCURACY).inverseCumulativeProbability(probability);
                // Brent's method also stops when |F(x) - probability| < 1e-15: where the density is small (t(1)
                // at 0.9995: 8e-7) that allows 1e-9, and two searches from different brackets may stop apart
                assertEquals(expected, Quantiles.t(df, probability, ACCURACY), 1e-12 * Math.max(1, expected),
                        "t(" + df + ") at " + probability);
            }
        }
    }
}
