package uk.gov.safervoices.admin.analysis.core;

import java.util.Objects;

/**
 * Why weighting cannot go ahead (or did not succeed), in a sentence an analyst can act on. {@code variable} and
 * {@code category} name the place when there is one (else null).
 */
public record WeightingProblem(Code code, String variable, String category, String message) {

    public enum Code {
        /** No respondents with weighting answers. */
        NO_RESPONDENTS,
        /** A weighting variable in the cells has no margin. */
        NO_MARGIN,
        /** A margin names a variable the cells do not have. */
        UNKNOWN_VARIABLE,
        /** Two margins for one variable. */
        DUPLICATE_MARGIN,
        /** A category listed twice in one margin. */
        DUPLICATE_CATEGORY,
        /** A population that is negative or not a number. */
        INVALID_POPULATION,
        /** Respondents left a weighting variable blank (and were not to be dropped). */
        MISSING_WEIGHTING_ANSWERS,
        /** Respondents in a category the margin does not list. */
        CATEGORY_NOT_IN_MARGIN,
        /** A margin category with population but no respondents: nobody can carry its weight. */
        EMPTY_MARGIN_CATEGORY,
        /** Respondents in a category whose population is zero. */
        ZERO_POPULATION,
        /** Margins of different variables add up to different population totals. */
        MARGIN_TOTALS_DIFFER,
        /** Raking stopped without meeting every margin. */
        NOT_CONVERGED,
        /** Trimming could not bring every weight within its bounds. */
        TRIMMING_NOT_CONVERGED
    }

    public WeightingProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
