package uk.gov.safervoices.admin.analysis.concerns;

import org.apache.commons.math3.special.Gamma;

import java.util.SplittableRandom;

/**
 * Poisson random numbers by a fixed, documented algorithm, so a seed gives the same draws on every JVM: inversion
 * by sequential search for means below 10, and Hoermann's transformed rejection with squeeze (PTRS; W. Hoermann,
 * "The transformed rejection method for generating Poisson random variables", Insurance: Mathematics and
 * Economics 12, 1993) above, as numpy's {@code random_poisson_ptrs}. Uniforms are {@link
 * SplittableRandom#nextDouble()}.
 */
final class PoissonSampler {

    private static final double INVERSION_LIMIT = 10;
    /** A mean below 10 leaves the tail beyond 100 at under 1e-50: the bound only guards against rounding. */
    private static final int LARGEST = 100;
    /**
     * For whole means 1 to 9 (most units hold a few respondents), the cumulative probabilities the sequential search
     * would compute, computed once by exactly the same arithmetic, so the draws are the same with or without them.
     */
    private static final double[][] CUMULATIVE = new double[(int) INVERSION_LIMIT][];

    static {
        for (int mean = 1; mean < INVERSION_LIMIT; mean++) {
            double[] cumulative = new double[LARGEST + 1];
            double probability = Math.exp(-mean);
            cumulative[0] = probability;
            for (int k = 1; k <= LARGEST; k++) {
                probability *= mean / (double) k;
                cumulative[k] = cumulative[k - 1] + probability;
            }
            CUMULATIVE[mean] = cumulative;
        }
    }

    private PoissonSampler() {
    }

    static long draw(SplittableRandom random, double mean) {
        if (mean == 0) {
            return 0;
        }
        return mean < INVERSION_LIMIT ? inversion(random, mean) : transformedRejection(random, mean);
    }

    private static long inversion(SplittableRandom random, double mean) {
        double uniform = random.nextDouble();
        int whole = (int) mean;
        if (whole == mean) {
            double[] cumulative = CUMULATIVE[whole];
            int k = 0;
            while (uniform > cumulative[k] && k < LARGEST) {
                k++;
            }
            return k;
        }
        double probability = Math.exp(-mean);
        double cumulative = probability;
        long k = 0;
        while (uniform > cumulative && k < LARGEST) {
            k++;
            probability *= mean / k;
            cumulative += probability;
        }
        return k;
    }

    private static long transformedRejection(SplittableRandom random, double mean) {
        double slam = Math.sqrt(mean);
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - Gamma.logGamma(k + 1.0)) {
                return k;
            }
        }
    }
}
