package uk.gov.safervoices.admin.analysis.core;

import java.util.List;

/**
 * Weight trimming with bounds relative to the mean weight. Weights outside {@code [lower x mean, upper x mean]} are
 * set to the bound and the difference is shared among the others (so the total, and the mean, stay the same); that
 * can push others over a bound, so it is repeated until every weight is within the bounds (R's
 * {@code trimWeights(..., strict = TRUE)}). Optionally the weights are raked to the margins again: a raking sweep
 * and trimming alternate until the weights are within the bounds and the margins met together.
 */
public final class Trimming {

    private Trimming() {
    }

    public static TrimmingResult trim(WeightedDesign design, TrimmingOptions options) {
        WeightDiagnostics before = WeightDiagnostics.of(design);
        double lower = options.lowerRatio() * before.mean();
        double upper = options.upperRatio() * before.mean();
        double slack = options.tolerance() * before.mean();
        long[] respondents = new long[design.size()];
        for (int c = 0; c < design.size(); c++) {
            respondents[c] = design.respondents(c);
        }

        if (options.reRakeTo().isEmpty()) {
            double[] weights = design.weights();
            int passes = trimToBounds(weights, respondents, lower, upper, slack, options);
            boolean within = violation(weights, lower, upper) <= slack;
            return result(design.withWeights(weights), within, passes, lower, upper, slack, before);
        }

        // Re-raking: one raking sweep, then trimming to the bounds, repeated until both hold at once (raking fully
        // after each trimming would only restore the weights just trimmed).
        RakingOptions oneSweep = options.raking().withMaxIterations(1);
        double allowedError = options.tolerance() * before.total();
        WeightedDesign current = design;
        List<AchievedMargin> achieved = List.of();
        double maxError = Double.POSITIVE_INFINITY;
        int rounds = 0;
        boolean converged = false;
        while (rounds < options.maxIterations() && !converged) {
            rounds++;
            RakingResult sweep = Raking.rake(current, options.reRakeTo(), oneSweep);
            double[] weights = sweep.design().weights();
            trimToBounds(weights, respondents, lower, upper, slack, options);
            current = sweep.design().withWeights(weights);
            achieved = Raking.achievedMargins(current, sweep.targets());
            maxError = achieved.stream().mapToDouble(margin -> Math.abs(margin.error())).max().orElse(0);
            converged = maxError <= allowedError && violation(weights, lower, upper) <= slack;
        }
        TrimmingResult trimmed = result(current, converged, rounds, lower, upper, slack, before);
        return new TrimmingResult(trimmed.design(), converged, rounds, lower, upper, trimmed.atLowerBound(),
                trimmed.atUpperBound(), before, trimmed.after(), achieved, maxError);
    }

    /** Trimming passes until every weight is within the bounds (or no weight is left to take the difference). */
    private static int trimToBounds(double[] weights, long[] respondents, double lower, double upper, double slack,
                                    TrimmingOptions options) {
        int passes = 0;
        while (passes < options.maxIterations() && violation(weights, lower, upper) > slack) {
            passes++;
            double trimmed = 0;
            long untrimmedRespondents = 0;
            double untrimmedWeight = 0;
            boolean[] outside = new boolean[weights.length];
            for (int c = 0; c < weights.length; c++) {
                double w = weights[c];
                if (w > upper + slack || w < lower - slack) {
                    outside[c] = true;
                    double bounded = Math.max(lower, Math.min(w, upper));
                    trimmed += respondents[c] * (w - bounded);
                    weights[c] = bounded;
                } else {
                    untrimmedRespondents += respondents[c];
                    untrimmedWeight += respondents[c] * w;
                }
            }
            if (untrimmedRespondents == 0 || untrimmedWeight <= 0) {
                break;
            }
            for (int c = 0; c < weights.length; c++) {
                if (!outside[c]) {
                    weights[c] = options.redistribution() == TrimmingOptions.Redistribution.EQUAL_SHARE
                            ? weights[c] + trimmed / untrimmedRespondents
                            : weights[c] * (1 + trimmed / untrimmedWeight);
                }
            }
        }
        return passes;
    }

    private static double violation(double[] weights, double lower, double upper) {
        double worst = 0;
        for (double w : weights) {
            worst = Math.max(worst, Math.max(w - upper, lower - w));
        }
        return worst;
    }

    private static TrimmingResult result(WeightedDesign trimmed, boolean converged, int iterations, double lower,
                                         double upper, double slack, WeightDiagnostics before) {
        long atLower = 0;
        long atUpper = 0;
        for (int c = 0; c < trimmed.size(); c++) {
            double w = trimmed.weight(c);
            if (Math.abs(w - lower) <= slack) {
                atLower += trimmed.respondents(c);
            } else if (Math.abs(w - upper) <= slack) {
                atUpper += trimmed.respondents(c);
            }
        }
        return new TrimmingResult(trimmed, converged, iterations, lower, upper, atLower, atUpper, before,
                WeightDiagnostics.of(trimmed), List.of(), 0);
    }
}
