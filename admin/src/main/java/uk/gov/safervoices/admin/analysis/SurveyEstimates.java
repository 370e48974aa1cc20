package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.admin.analysis.core.AnswerCell;
import uk.gov.safervoices.admin.analysis.core.Breakdown;
import uk.gov.safervoices.admin.analysis.core.EstimationOptions;
import uk.gov.safervoices.admin.analysis.core.ProportionTable;
import uk.gov.safervoices.admin.analysis.core.Proportions;
import uk.gov.safervoices.admin.analysis.core.WeightDiagnostics;
import uk.gov.safervoices.admin.analysis.core.WeightedDesign;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.WeightingScheme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Weights counted responses by a scheme and estimates every item, overall and (optionally) by a breakdown. */
final class SurveyEstimates {

    private SurveyEstimates() {
    }

    /**
     * @param breakdown the breakdown and the index of its key column in {@code cells}, or null
     */
    static AnalysisResult run(List<AnalysisItem> items, RawCells cells, WeightingScheme scheme, MarginSet margins,
                              AnalysisResult.Breakdown breakdown, int breakdownColumn, String revision) {
        long respondents = cells.totalRespondents();
        SurveyWeighting.Weighted weighted = SurveyWeighting.weight(cells, scheme, margins);
        if (!weighted.problems().isEmpty()) {
            return new AnalysisResult(respondents, weighted.problems(), null, null, null, null, breakdown, List.of(),
                    revision);
        }
        WeightedDesign design = weighted.trimming() != null ? weighted.trimming().design() : weighted.raking().design();
        List<Integer> columns = SurveyWeighting.columns(cells, scheme);
        Function<List<String>, List<String>> cellOf = key -> SurveyWeighting.designCategories(key, cells, columns, scheme);
        Set<String> groups = breakdown == null ? Set.of() : new HashSet<>(breakdown.groups());
        Function<List<String>, String> groupOf = key -> {
            if (breakdown == null) {
                return null;
            }
            String group = cells.columns().get(breakdownColumn).category(key.get(breakdownColumn));
            return groups.contains(group) ? group : null;
        };
        EstimationOptions options = scheme.estimationOptions();
        List<AnalysisResult.ItemResult> results = new ArrayList<>(items.size());
        for (AnalysisItem item : items) {
            List<AnswerCell> answerCells = ItemCells.of(item, cells, cellOf, groupOf);
            if (breakdown == null) {
                ProportionTable overall = Proportions.estimate(design, answerCells, item.categories(), options);
                results.add(new AnalysisResult.ItemResult(item, overall, List.of(), Optional.empty()));
            } else {
                Breakdown split = Proportions.breakdown(design, answerCells, item.categories(), breakdown.groups(),
                        options);
                results.add(new AnalysisResult.ItemResult(item, split.overall(), split.groups(), split.test()));
            }
        }
        return new AnalysisResult(respondents, List.of(), weighted.raking(), weighted.trimming(), design,
                WeightDiagnostics.of(design), breakdown, results, revision);
    }
}
