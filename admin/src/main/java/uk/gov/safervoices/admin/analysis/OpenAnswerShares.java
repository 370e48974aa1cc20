package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.admin.analysis.core.AnswerCell;
import uk.gov.safervoices.admin.analysis.core.EstimationOptions;
import uk.gov.safervoices.admin.analysis.core.Estimate;
import uk.gov.safervoices.admin.analysis.core.ProportionTable;
import uk.gov.safervoices.admin.analysis.core.Proportions;
import uk.gov.safervoices.admin.analysis.core.WeightedDesign;
import uk.gov.safervoices.admin.weighting.WeightingScheme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Concerns and themes residents raised in their own words outside a ranking (open questions, and "please say"
 * answers of other questions), once coded (ADR 0023): for each code, the weighted share of all respondents whose
 * open answers carry it, on the ranking's weights, with its linearised standard error and logit interval. They are
 * not added to the Borda points or mention shares: an unprompted mention is a different measure from a ranking, and
 * only residents who wrote something could make one.
 */
final class OpenAnswerShares {
    static final String RAISED = "raised";
    static final String NOT_RAISED = "not_raised";

    private OpenAnswerShares() {
    }

    /**
     * One code's share.
     *
     * @param code        the concern or theme code
     * @param respondents unweighted respondents (in the weighted design or not) whose open answers carry it
     * @param share       its weighted share of all respondents in the design
     */
    record Share(String code, long respondents, Estimate share) {
    }

    /**
     * @param openQuestions the questions whose codes count here (not ranking questions)
     * @param order         codes in report order; codes found that are not in it come after, in the order found
     */
    static List<Share> of(RawCells cells, WeightingScheme scheme, WeightedDesign design,
                          List<CodedFreeText.CodedResponse> coded, Set<String> openQuestions, List<String> order,
                          EstimationOptions options) {
        Map<String, Map<List<String>, Long>> raised = new HashMap<>();
        Set<String> found = new LinkedHashSet<>();
        for (CodedFreeText.CodedResponse response : coded) {
            Set<String> codes = new LinkedHashSet<>();
            response.codes().forEach((question, given) -> {
                if (openQuestions.contains(question)) {
                    codes.addAll(given);
                }
            });
            for (String code : codes) {
                raised.computeIfAbsent(code, c -> new HashMap<>()).merge(response.key(), 1L, Long::sum);
                found.add(code);
            }
        }
        List<String> codes = new ArrayList<>(order.stream().filter(found::contains).toList());
        found.stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        List<Integer> columns = SurveyWeighting.columns(cells, scheme);
        List<Share> shares = new ArrayList<>();
        for (String code : codes) {
            Map<List<String>, Long> byKey = raised.get(code);
            List<AnswerCell> answers = new ArrayList<>();
            cells.respondents().forEach((key, count) -> {
                List<String> categories = SurveyWeighting.designCategories(key, cells, columns, scheme);
                long yes = byKey.getOrDefault(key, 0L);
                answers.add(new AnswerCell(categories, RAISED, yes));
                answers.add(new AnswerCell(categories, NOT_RAISED, count - yes));
            });
            ProportionTable table = Proportions.estimate(design, answers, List.of(RAISED, NOT_RAISED), options);
            shares.add(new Share(code, byKey.values().stream().mapToLong(Long::longValue).sum(),
                    table.estimate(RAISED).orElseThrow()));
        }
        return List.copyOf(shares);
    }
}
