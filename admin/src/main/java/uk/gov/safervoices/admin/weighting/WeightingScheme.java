package uk.gov.safervoices.admin.weighting;

import uk.gov.safervoices.admin.analysis.core.CategoryCollapse;
import uk.gov.safervoices.admin.analysis.core.EstimationOptions;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;

import java.time.Instant;
import java.util.List;

/**
 * How to weight a consultation's responses: rake to these variables of a margin set, with these choices.
 *
 * @param variables      the weighting variables raked to, each with a margin in the set and a question mapped to it
 * @param missingAnswers respondents who left a weighting question blank: refuse to weight, or leave them out
 * @param rescaleTotals  margins whose totals differ: refuse (false), or scale each to the first margin's total
 * @param trimLower      trim weights below {@code trimLower x mean}; null with {@code trimUpper} null: no trimming
 * @param trimUpper      trim weights above {@code trimUpper x mean}
 * @param minimumBase    estimates on fewer respondents are flagged, and suppressed in anything published
 * @param collapses      categories merged before raking (e.g. a ward with nobody in the sample and its neighbour)
 */
public record WeightingScheme(long id, String name, long marginSetId, List<String> variables,
                              RakingOptions.MissingAnswers missingAnswers, boolean rescaleTotals, Double trimLower,
                              Double trimUpper, int minimumBase, List<CategoryCollapse> collapses, String updatedBy,
                              Instant updatedAt) {

    public WeightingScheme {
        variables = List.copyOf(variables);
        collapses = List.copyOf(collapses);
    }

    public boolean trims() {
        return trimUpper != null;
    }

    public RakingOptions rakingOptions() {
        return RakingOptions.defaults().withMissingAnswers(missingAnswers)
                .withMarginTotals(rescaleTotals ? RakingOptions.MarginTotals.RESCALE_TO_FIRST : RakingOptions.MarginTotals.REFUSE);
    }

    public EstimationOptions estimationOptions() {
        return new EstimationOptions(0.95, minimumBase);
    }
}
