package uk.gov.safervoices.admin.analysis.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Trimmed weights and what trimming did.
 *
 * @param design         the trimmed (and, if asked, re-raked) weights
 * @param converged      every weight within its bounds (within the tolerance) and, with re-raking, every margin met
 * @param iterations     trimming passes, or rake-then-trim rounds with re-raking
 * @param lowerBound     the lower bound, in weight units
 * @param upperBound     the upper bound, in weight units
 * @param atLowerBound   respondents whose weight ended at the lower bound
 * @param atUpperBound   respondents whose weight ended at the upper bound
 * @param before         diagnostics of the weights given
 * @param after          diagnostics of the trimmed weights
 * @param margins        with re-raking, target and achieved total of every margin category; else empty
 * @param maxMarginError with re-raking, the largest |achieved - target| in people; else 0
 */
public record TrimmingResult(WeightedDesign design, boolean converged, int iterations, double lowerBound,
                             double upperBound, long atLowerBound, long atUpperBound, WeightDiagnostics before,
                             WeightDiagnostics after, List<AchievedMargin> margins, double maxMarginError) {

    public TrimmingResult {
        Objects.requireNonNull(design, "design");
        margins = List.copyOf(margins);
    }

    /** Why the weights cannot be used as trimmed, when trimming did not converge. */
    public Optional<WeightingProblem> problem() {
        if (converged) {
            return Optional.empty();
        }
        String margin = "";
        if (!margins.isEmpty()) {
            AchievedMargin worst = margins.stream()
                    .max(Comparator.comparingDouble(achieved -> Math.abs(achieved.error()))).orElseThrow();
            margin = ", and '" + worst.variable() + "' category '" + worst.category() + "' reached "
                    + Format.people(worst.achieved()) + " against a target of " + Format.people(worst.target());
        }
        return Optional.of(new WeightingProblem(WeightingProblem.Code.TRIMMING_NOT_CONVERGED, null, null,
                "Trimming did not bring every weight within " + Format.number(lowerBound) + " to "
                        + Format.number(upperBound) + (margins.isEmpty() ? "" : " while meeting the margins")
                        + " after " + Format.count(iterations, "iteration", "iterations") + " (weights now run from "
                        + Format.number(after.min()) + " to " + Format.number(after.max()) + margin + "). Widen the "
                        + "bounds or allow more iterations."));
    }

    public TrimmingResult requireConverged() {
        problem().ifPresent(problem -> {
            throw new WeightingException(List.of(problem));
        });
        return this;
    }
}
