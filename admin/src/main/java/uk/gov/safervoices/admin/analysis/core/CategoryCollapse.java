package uk.gov.safervoices.admin.analysis.core;

import java.util.Objects;
import java.util.Set;

/**
 * Merge some categories of one variable into one, e.g. wards "Fenwick" and "Eastfield" into "Eastfield and Fenwick".
 * Apply it to the margins ({@link Margin#collapsed}), the weighting cells ({@link WeightingCells#collapsed}) and the
 * answer cells ({@link AnswerCell#collapsed}) alike.
 */
public record CategoryCollapse(String variable, Set<String> categories, String into) {

    public CategoryCollapse {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(into, "into");
        categories = Set.copyOf(categories);
    }

    /** The category after collapsing; null (missing) stays null. */
    public String apply(String category) {
        return category != null && categories.contains(category) ? into : category;
    }
}
