package uk.gov.safervoices.admin.analysis.cli;

import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.MarginCategory;
import uk.gov.safervoices.admin.analysis.core.Raking;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.analysis.core.RakingResult;
import uk.gov.safervoices.admin.analysis.core.Trimming;
import uk.gov.safervoices.admin.analysis.core.TrimmingOptions;
import uk.gov.safervoices.admin.analysis.core.TrimmingResult;
import uk.gov.safervoices.admin.analysis.core.WeightedDesign;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Raking (and optionally trimming, with re-raking) of the aggregated responses, by the analysis core.
 *
 * @param raking   the raking result (its design before any trimming)
 * @param trimming the trimming result, or null without --trim
 * @param design   the final weights
 */
record Weighting(RakingResult raking, TrimmingResult trimming, WeightedDesign design) {

    /** The raking options the arguments ask for (tolerance, sweeps, what to do with blank weighting answers). */
    static RakingOptions rakingOptions(AnalyseArguments arguments) {
        return RakingOptions.defaults()
                .withTolerance(arguments.tolerance())
                .withMaxIterations(arguments.maxIterations())
                .withMissingAnswers(arguments.dropMissing() ? RakingOptions.MissingAnswers.DROP
                        : RakingOptions.MissingAnswers.REFUSE);
    }

    static Weighting of(ResponseCells cells, List<Margin> margins, AnalyseArguments arguments, String responses) {
        checkCategoriesAreInMargins(cells, margins, responses);
        RakingOptions options = rakingOptions(arguments);
        RakingResult raking = Raking.rake(cells.weightingCells(), margins, options).requireConverged();
        if (!arguments.trim()) {
            return new Weighting(raking, null, raking.design());
        }
        TrimmingResult trimming = Trimming.trim(raking.design(),
                TrimmingOptions.between(arguments.trimLow(), arguments.trimHigh())
                        .withMaxIterations(arguments.maxIterations())
                        .withReRaking(raking.targets(), options)).requireConverged();
        return new Weighting(raking, trimming, trimming.design());
    }

    /**
     * A respondent's weighting answer that its margin does not list, reported with the line it was first seen on
     * (the core would report it without one).
     */
    private static void checkCategoriesAreInMargins(ResponseCells cells, List<Margin> margins, String responses) {
        for (int k = 0; k < margins.size(); k++) {
            Margin margin = margins.get(k);
            CategoryDictionary found = cells.weightingDictionary(k);
            Set<String> listed = margin.categories().stream().map(MarginCategory::category).collect(Collectors.toSet());
            for (int id = 0; id < found.size(); id++) {
                if (!listed.contains(found.name(id))) {
                    throw new InputException(responses, found.firstLine(id), margin.variable(), "\"" + found.name(id)
                            + "\" is not a category of the " + margin.variable() + " margin (its categories: "
                            + String.join(", ", margin.categories().stream().map(MarginCategory::category).toList())
                            + ")");
                }
            }
        }
    }

    /** The weight of each respondent of cell {@code c} of the aggregation, NaN if left out. */
    double[] weightsOfCells(ResponseCells cells, int cellCount) {
        double[] weights = new double[cellCount];
        for (int c = 0; c < cellCount; c++) {
            List<String> categories = cells.categories(c);
            weights[c] = categories == null ? Double.NaN : design.weightOf(categories);
        }
        return weights;
    }
}
