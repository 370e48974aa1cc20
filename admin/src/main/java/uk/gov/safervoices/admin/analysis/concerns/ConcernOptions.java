package uk.gov.safervoices.admin.analysis.concerns;

import uk.gov.safervoices.admin.analysis.core.EstimationOptions;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to score and rank concerns.
 *
 * @param points     Borda points for each rank position, first choice first (default N, N-1, ..., 1)
 * @param topK       "in the top k" for the rank probabilities (default 3)
 * @param replicates bootstrap replicates (default 500; the percentile rank intervals need a few hundred)
 * @param seed       the bootstrap's seed: the same seed and data, in any order, give the same replicates (default 1)
 * @param estimation confidence level (default 0.95; also for the rank intervals) and minimum base (default 30)
 * @param raking     tolerance, maximum iterations and policies for raking the sample and every replicate
 */
public record ConcernOptions(List<Double> points, int topK, int replicates, long seed, EstimationOptions estimation,
                             RakingOptions raking) {

    public static final int DEFAULT_TOP_K = 3;
    public static final int DEFAULT_REPLICATES = 500;
    public static final long DEFAULT_SEED = 1;

    public ConcernOptions {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("Points are needed for at least one rank position");
        }
        for (double value : points) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("Points must be finite and not negative: " + points);
            }
        }
        if (points.stream().allMatch(value -> value == 0)) {
            throw new IllegalArgumentException("At least one rank position must score points: " + points);
        }
        if (topK < 1) {
            throw new IllegalArgumentException("Top k needs k of at least 1, not " + topK);
        }
        if (replicates < 2) {
            throw new IllegalArgumentException("The bootstrap needs at least 2 replicates, not " + replicates);
        }
        Objects.requireNonNull(estimation, "estimation");
        Objects.requireNonNull(raking, "raking");
    }

    /** Defaults for a question with {@code positions} rank positions. */
    public static ConcernOptions defaults(int positions) {
        List<Double> points = new ArrayList<>();
        for (int rank = 0; rank < positions; rank++) {
            points.add((double) (positions - rank));
        }
        return new ConcernOptions(points, DEFAULT_TOP_K, DEFAULT_REPLICATES, DEFAULT_SEED,
                EstimationOptions.defaults(), RakingOptions.defaults());
    }

    public ConcernOptions withPoints(List<Double> newPoints) {
        return new ConcernOptions(newPoints, topK, replicates, seed, estimation, raking);
    }

    public ConcernOptions withTopK(int newTopK) {
        return new ConcernOptions(points, newTopK, replicates, seed, estimation, raking);
    }

    public ConcernOptions withReplicates(int newReplicates) {
        return new ConcernOptions(points, topK, newReplicates, seed, estimation, raking);
    }

    public ConcernOptions withSeed(long newSeed) {
        return new ConcernOptions(points, topK, replicates, newSeed, estimation, raking);
    }

    public ConcernOptions withRaking(RakingOptions newRaking) {
        return new ConcernOptions(points, topK, replicates, seed, estimation, newRaking);
    }
}
