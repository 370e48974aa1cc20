package uk.gov.safervoices.admin.analysis.core;

import java.util.List;
import java.util.stream.Collectors;

/** Weighting refused or failed; {@link #problems()} lists every reason found, each with its own message. */
public final class WeightingException extends RuntimeException {

    private final transient List<WeightingProblem> problems;

    public WeightingException(List<WeightingProblem> problems) {
        super(problems.stream().map(WeightingProblem::message).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A weighting exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<WeightingProblem> problems() {
        return problems;
    }

    public boolean has(WeightingProblem.Code code) {
        return problems.stream().anyMatch(problem -> problem.code() == code);
    }
}
