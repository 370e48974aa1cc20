package uk.gov.safervoices.admin.analysis.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Respondents of one weighting cell who gave the same answer to a question (and, for a breakdown, are in the same
 * group): SQL {@code GROUP BY ward, age_band, sex, answer[, group]}.
 *
 * @param weightingCategories the weighting cell, in the design's variable order
 * @param answer              the category answered; null for blank or not asked (outside the base)
 * @param group               the breakdown category (e.g. a ward); null when there is no breakdown, or for
 *                            respondents who left the breakdown variable blank
 * @param respondents         how many respondents
 */
public record AnswerCell(List<String> weightingCategories, String answer, String group, long respondents) {

    public AnswerCell {
        weightingCategories = Collections.unmodifiableList(new ArrayList<>(weightingCategories));
        if (respondents < 0) {
            throw new IllegalArgumentException("An answer cell cannot have " + respondents + " respondents");
        }
    }

    public AnswerCell(List<String> weightingCategories, String answer, long respondents) {
        this(weightingCategories, answer, null, respondents);
    }

    /** This cell after collapsing categories of a weighting variable (given the design's variables). */
    public AnswerCell collapsed(CategoryCollapse collapse, List<String> variables) {
        int index = variables.indexOf(Objects.requireNonNull(collapse.variable()));
        if (index < 0) {
            return this;
        }
        List<String> categories = new ArrayList<>(weightingCategories);
        categories.set(index, collapse.apply(categories.get(index)));
        return new AnswerCell(categories, answer, group, respondents);
    }
}
