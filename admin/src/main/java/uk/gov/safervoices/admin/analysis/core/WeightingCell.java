package uk.gov.safervoices.admin.analysis.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A weighting cell: one category per weighting variable (in the order of {@link WeightingCells#variables()}; null
 * where the respondents left that variable blank) and how many respondents share exactly those answers.
 */
public record WeightingCell(List<String> categories, long respondents) {

    public WeightingCell {
        categories = Collections.unmodifiableList(new ArrayList<>(categories));
        if (respondents < 0) {
            throw new IllegalArgumentException("A cell cannot have " + respondents + " respondents");
        }
    }

    public static WeightingCell of(long respondents, String... categories) {
        return new WeightingCell(java.util.Arrays.asList(categories), respondents);
    }

    public boolean complete() {
        return !categories.contains(null);
    }
}
