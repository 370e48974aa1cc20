package uk.gov.safervoices.admin.analysis.concerns;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both branches of the sampler (inversion below 10, PTRS above) have Poisson means, variances and P(0). */
class PoissonSamplerTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1, 3, 9.5, 10, 37, 1000})
    void drawsHaveThePoissonMeanAndVariance(double mean) {
        SplittableRandom random = new SplittableRandom(7);
        int draws = 200_000;
        double sum = 0;
        double squares = 0;
        long zeros = 0;
        for (int i = 0; i < draws; i++) {
            long k = PoissonSampler.draw(random, mean);
            assertTrue(k >= 0);
            sum += k;
            squares += (double) k * k;
            zeros += k == 0 ? 1 : 0;
        }
        double sampleMean = sum / draws;
        double sampleVariance = squares / draws - sampleMean * sampleMean;
        assertEquals(mean, sampleMean, 5 * Math.sqrt(mean / draws), "mean");
        // The variance of a sample variance of a Poisson is about (mean + 2 mean^2) / draws.
        assertEquals(mean, sampleVariance, 5 * Math.sqrt((mean + 2 * mean * mean) / draws), "variance");
        double pZero = Math.exp(-mean);
        assertEquals(pZero, zeros / (double) draws, 5 * Math.sqrt(pZero * (1 - pZero) / draws) + 1e-12, "P(0)");
    }
}
