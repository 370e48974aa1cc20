package uk.gov.safervoices.admin.analysis.core;

import java.util.Objects;

/**
 * How to rake.
 *
 * @param tolerance      convergence: every achieved margin within {@code tolerance x population total} of its target
 *                       (1e-10 by default: fully converged, unlike R's {@code rake()} default which stops about 1e-6
 *                       away). Also the largest relative disagreement between margin totals accepted as equal.
 * @param maxIterations  the most full sweeps over all margins (default 1000)
 * @param missingAnswers respondents with a blank weighting variable: refuse (default) or drop and report them
 * @param marginTotals   margins whose totals disagree: refuse (default) or rescale each to the first margin's total
 */
public record RakingOptions(double tolerance, int maxIterations, MissingAnswers missingAnswers,
                            MarginTotals marginTotals) {

    public enum MissingAnswers {
        /** Stop with {@link WeightingProblem.Code#MISSING_WEIGHTING_ANSWERS}, naming how many. */
        REFUSE,
        /** Leave those respondents out of the weighted design; the result says how many were dropped. */
        DROP
    }

    public enum MarginTotals {
        /** Stop with {@link WeightingProblem.Code#MARGIN_TOTALS_DIFFER}: no margin can be met otherwise. */
        REFUSE,
        /** Scale every margin to the total of the first margin given, and say so in the result's notes. */
        RESCALE_TO_FIRST
    }

    public static final double DEFAULT_TOLERANCE = 1e-10;
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    public RakingOptions {
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("The tolerance must be a positive number, not " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("At least one iteration is needed, not " + maxIterations);
        }
        Objects.requireNonNull(missingAnswers, "missingAnswers");
        Objects.requireNonNull(marginTotals, "marginTotals");
    }

    public static RakingOptions defaults() {
        return new RakingOptions(DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, MissingAnswers.REFUSE, MarginTotals.REFUSE);
    }

    public RakingOptions withTolerance(double newTolerance) {
        return new RakingOptions(newTolerance, maxIterations, missingAnswers, marginTotals);
    }

    public RakingOptions withMaxIterations(int newMaxIterations) {
        return new RakingOptions(tolerance, newMaxIterations, missingAnswers, marginTotals);
    }

    public RakingOptions withMissingAnswers(MissingAnswers newMissingAnswers) {
        return new RakingOptions(tolerance, maxIterations, newMissingAnswers, marginTotals);
    }

    public RakingOptions withMarginTotals(MarginTotals newMarginTotals) {
        return new RakingOptions(tolerance, maxIterations, missingAnswers, newMarginTotals);
    }
}
