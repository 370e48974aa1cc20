package uk.gov.safervoices.admin.analysis.core;

import java.util.List;
import java.util.Objects;

/**
 * How to trim weights.
 *
 * @param lowerRatio     weights below {@code lowerRatio x mean weight} are raised to it (0 to 1; 0 = no lower bound)
 * @param upperRatio     weights above {@code upperRatio x mean weight} are cut to it (1 or more)
 * @param redistribution how the weight trimmed off (or added) is shared among the untrimmed respondents, so that the
 *                       total stays the population total (the mean weight, hence the bounds, therefore never move)
 * @param tolerance      weights within {@code tolerance x mean weight} of a bound count as within it; with re-raking
 *                       also the raking tolerance
 * @param maxIterations  the most trimming passes (or, with re-raking, trim-then-rake rounds)
 * @param reRakeTo       margins to rake to again after each trimming, iterating until the weights are within the
 *                       bounds and the margins met at once; empty for no re-raking
 * @param raking         options for the re-raking
 */
public record TrimmingOptions(double lowerRatio, double upperRatio, Redistribution redistribution, double tolerance,
                              int maxIterations, List<Margin> reRakeTo, RakingOptions raking) {

    public enum Redistribution {
        /** Untrimmed weights are scaled by a common factor: their relative sizes are kept (the default). */
        PROPORTIONAL,
        /** Every untrimmed respondent gets the same amount added, as R's {@code survey::trimWeights}. */
        EQUAL_SHARE
    }

    public TrimmingOptions {
        if (!(lowerRatio >= 0 && lowerRatio <= 1)) {
            throw new IllegalArgumentException("The lower bound must be between 0 and 1 times the mean weight, not "
                    + lowerRatio);
        }
        if (!(upperRatio >= 1)) {
            throw new IllegalArgumentException("The upper bound must be at least the mean weight, not " + upperRatio
                    + " times it");
        }
        Objects.requireNonNull(redistribution, "redistribution");
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("The tolerance must be positive, not " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("At least one iteration is needed, not " + maxIterations);
        }
        reRakeTo = List.copyOf(reRakeTo);
        Objects.requireNonNull(raking, "raking");
    }

    /** Trim to [lower x mean, upper x mean], proportional redistribution, no re-raking. */
    public static TrimmingOptions between(double lowerRatio, double upperRatio) {
        return new TrimmingOptions(lowerRatio, upperRatio, Redistribution.PROPORTIONAL, 1e-10, 1000, List.of(),
                RakingOptions.defaults());
    }

    public TrimmingOptions withRedistribution(Redistribution newRedistribution) {
        return new TrimmingOptions(lowerRatio, upperRatio, newRedistribution, tolerance, maxIterations, reRakeTo, raking);
    }

    public TrimmingOptions withReRaking(List<Margin> margins, RakingOptions options) {
        return new TrimmingOptions(lowerRatio, upperRatio, redistribution, tolerance, maxIterations, margins, options);
    }

    public TrimmingOptions withMaxIterations(int newMaxIterations) {
        return new TrimmingOptions(lowerRatio, upperRatio, redistribution, tolerance, newMaxIterations, reRakeTo, raking);
    }
}
