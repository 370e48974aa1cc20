package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.admin.analysis.core.AnswerCell;
import uk.gov.safervoices.admin.analysis.core.EstimationOptions;
import uk.gov.safervoices.admin.analysis.core.Estimate;
import uk.gov.safervoices.admin.analysis.core.ProportionTable;
import uk.gov.safervoices.admin.analysis.core.Proportions;
import uk.gov.safervoices.admin.analysis.core.WeightedDesign;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Concerns rated in grid questions (issue 6: the weighted % saying it is a "very or fairly big problem"): for every
 * grid row that stands for a concern, the weighted share of residents who answered it choosing a point in the upper
 * half of the scale by score (on a four-point problem scale, very and fairly big; on a three-point one, a major
 * problem), with its linearised SE and logit CI. "Don't know" and blanks are left out of the base.
 */
final class ProblemShares {
    static final String BIG = "big";
    static final String NOT_BIG = "not_big";

    private ProblemShares() {
    }

    /** One grid row's share; {@code big} names the scale points counted, in words. */
    record Share(String concern, String question, String item, String big, long base, Estimate share) {
    }

    static List<Share> of(RawCells cells, WeightingScheme scheme, WeightedDesign design, Questionnaire definition,
                          List<AnalysisItem> items, EstimationOptions options) {
        List<Integer> columns = SurveyWeighting.columns(cells, scheme);
        Function<List<String>, List<String>> cellOf = key -> SurveyWeighting.designCategories(key, cells, columns,
                scheme);
        List<Share> shares = new ArrayList<>();
        for (AnalysisItem item : items) {
            if (item.kind() != AnalysisItem.Kind.GRID_ITEM || item.equality()) {
                continue;
            }
            Optional<Question> question = definition.question(item.questionId());
            Optional<GridItem> row = question.flatMap(q -> q.items().stream()
                    .filter(i -> i.id().equals(item.itemId())).findFirst());
            if (row.isEmpty() || row.get().concern() == null) {
                continue;
            }
            List<Choice> scored = question.get().choices().stream()
                    .filter(c -> !c.dontKnow() && c.score() != null).toList();
            if (scored.size() < 2) {
                continue;
            }
            double low = scored.stream().mapToInt(Choice::score).min().orElseThrow();
            double high = scored.stream().mapToInt(Choice::score).max().orElseThrow();
            Set<String> big = scored.stream().filter(c -> c.score() > (low + high) / 2).map(Choice::id)
                    .collect(Collectors.toSet());
            Set<String> dontKnow = question.get().choices().stream().filter(Choice::dontKnow).map(Choice::id)
                    .collect(Collectors.toSet());
            List<AnswerCell> recoded = new ArrayList<>();
            for (AnswerCell cell : ItemCells.of(item, cells, cellOf, key -> null)) {
                String answer = cell.answer() == null || dontKnow.contains(cell.answer()) ? null
                        : big.contains(cell.answer()) ? BIG : NOT_BIG;
                recoded.add(new AnswerCell(cell.weightingCategories(), answer, cell.group(), cell.respondents()));
            }
            ProportionTable table = Proportions.estimate(design, recoded, List.of(BIG, NOT_BIG), options);
            Optional<Estimate> share = table.estimate(BIG);
            if (share.isPresent()) {
                shares.add(new Share(row.get().concern(), question.get().text(), row.get().label(),
                        String.join(" or ", scored.stream().filter(c -> big.contains(c.id()))
                                .map(c -> c.label().toLowerCase(java.util.Locale.UK)).toList()), table.base(),
                        share.get()));
            }
        }
        return List.copyOf(shares);
    }
}
