package uk.gov.safervoices.admin.analysis.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What raking produced and achieved.
 *
 * @param design             the weighted cells (respondents dropped for blank weighting answers are not in it),
 *                           calibrated to the margin variables
 * @param converged          every achieved margin is within the tolerance of its target, checked on the final
 *                           weights, not only by the iteration's stopping rule
 * @param iterations         full sweeps over all margins
 * @param margins            target and achieved total of every margin category
 * @param maxMarginError     the largest |achieved - target|, in people
 * @param targets            the margins raked to (rescaled ones if rescaling was asked for)
 * @param droppedRespondents respondents left out for blank weighting answers
 * @param notes              plain-English notes on what was done beyond raking (dropping, rescaling)
 */
public record RakingResult(WeightedDesign design, boolean converged, int iterations, List<AchievedMargin> margins,
                           double maxMarginError, List<Margin> targets, long droppedRespondents, List<String> notes) {

    public RakingResult {
        Objects.requireNonNull(design, "design");
        margins = List.copyOf(margins);
        targets = List.copyOf(targets);
        notes = List.copyOf(notes);
    }

    /** The margin category furthest from its target. */
    public AchievedMargin worstMargin() {
        return margins.stream().max(Comparator.comparingDouble(margin -> Math.abs(margin.error()))).orElseThrow();
    }

    /** Why the result cannot be used, when it did not converge. */
    public Optional<WeightingProblem> problem() {
        if (converged) {
            return Optional.empty();
        }
        AchievedMargin worst = worstMargin();
        double relative = Math.abs(worst.error()) / Math.max(worst.target(), Double.MIN_VALUE);
        String message = "Raking did not meet the margins after " + Format.count(iterations, "iteration", "iterations")
                + ": '" + worst.variable() + "' category '" + worst.category() + "' reached "
                + Format.people(worst.achieved()) + " against a target of " + Format.people(worst.target())
                + " (" + (worst.error() < 0 ? "short by " : "over by ") + Format.people(Math.abs(worst.error()))
                + " people, " + Format.percent(relative) + "). The sample may not be able to meet all the margins at "
                + "once (for example two weighting variables that almost always go together); collapse categories, "
                + "drop a weighting variable or allow more iterations.";
        return Optional.of(new WeightingProblem(WeightingProblem.Code.NOT_CONVERGED, worst.variable(), worst.category(),
                message));
    }

    /** This result, or a {@link WeightingException} saying which margin is missed and by how much. */
    public RakingResult requireConverged() {
        Optional<WeightingProblem> problem = problem();
        if (problem.isPresent()) {
            throw new WeightingException(List.of(problem.get()));
        }
        return this;
    }
}
