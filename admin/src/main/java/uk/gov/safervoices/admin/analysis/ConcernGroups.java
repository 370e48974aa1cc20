package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.admin.analysis.core.AnswerCell;
import uk.gov.safervoices.admin.analysis.core.Breakdown;
import uk.gov.safervoices.admin.analysis.core.EstimationOptions;
import uk.gov.safervoices.admin.analysis.core.ProportionTable;
import uk.gov.safervoices.admin.analysis.core.Proportions;
import uk.gov.safervoices.admin.analysis.core.WeightedDesign;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ranked concerns side by side by a breakdown's groups (a ward, an age band, an equality group...): in each
 * group, each concern's share of the group's rankers naming it in their top N, the domain estimate of the overall
 * ranking's mention share on the same weights. A ranked "other" analysts coded names the concerns and themes it was
 * coded with, as in the overall ranking (ADR 0023): so a resident who ranked only a coded "other" is among the
 * rankers, and one who ranked only an uncoded "other" (or choices standing for no concern) is not.
 */
final class ConcernGroups {
    private static final String NAMED = "named";
    private static final String NOT_NAMED = "not_named";

    private ConcernGroups() {
    }

    /**
     * @param column   the breakdown's key column in {@code cells}
     * @param concerns the concerns and themes to show, in report order, with their names
     * @param coded    coded responses, keyed as {@code cells} keys respondents
     */
    static List<ConcernResults.GroupConcerns> of(RawCells cells, int column, AnalysisResult.Breakdown breakdown,
                                                 WeightingScheme scheme, WeightedDesign design, Question question,
                                                 Map<String, String> concerns, List<CodedFreeText.CodedResponse> coded,
                                                 EstimationOptions options) {
        Named named = named(cells, question, coded);
        List<Integer> columns = SurveyWeighting.columns(cells, scheme);
        Set<String> groups = new HashSet<>(breakdown.groups());
        Map<String, List<ConcernResults.GroupShare>> shares = new HashMap<>();
        Map<String, Long> bases = new HashMap<>();
        for (Map.Entry<String, String> concern : concerns.entrySet()) {
            List<AnswerCell> answers = new ArrayList<>();
            cells.respondents().forEach((key, respondents) -> {
                List<String> cell = SurveyWeighting.designCategories(key, cells, columns, scheme);
                String group = cells.columns().get(column).category(key.get(column));
                String in = groups.contains(group) ? group : null;
                long rankers = named.rankers.getOrDefault(key, 0L);
                long naming = named.mentions.getOrDefault(key, Map.of()).getOrDefault(concern.getKey(), 0L);
                add(answers, cell, NAMED, in, naming);
                add(answers, cell, NOT_NAMED, in, rankers - naming);
                add(answers, cell, null, in, respondents - rankers);
            });
            Breakdown split = Proportions.breakdown(design, answers, List.of(NAMED, NOT_NAMED), breakdown.groups(),
                    options);
            for (ProportionTable table : split.groups()) {
                bases.put(table.group(), table.base());
                table.estimate(NAMED).ifPresent(share -> shares.computeIfAbsent(table.group(), g -> new ArrayList<>())
                        .add(new ConcernResults.GroupShare(concern.getKey(), concern.getValue(), share)));
            }
        }
        List<ConcernResults.GroupConcerns> result = new ArrayList<>();
        for (int g = 0; g < breakdown.groups().size(); g++) {
            String group = breakdown.groups().get(g);
            long base = bases.getOrDefault(group, 0L);
            if (base > 0) {
                result.add(new ConcernResults.GroupConcerns(group, breakdown.groupLabels().get(g), base,
                        shares.getOrDefault(group, List.of())));
            }
        }
        return List.copyOf(result);
    }

    /** Per key, how many ranked a concern at all, and how many named each concern. */
    private static final class Named {
        final Map<List<String>, Long> rankers = new HashMap<>();
        final Map<List<String>, Map<String, Long>> mentions = new HashMap<>();

        void add(List<String> key, Set<String> concerns, long count) {
            if (count <= 0 || concerns.isEmpty()) {
                return;
            }
            rankers.merge(key, count, Long::sum);
            Map<String, Long> ofKey = mentions.computeIfAbsent(key, k -> new HashMap<>());
            concerns.forEach(concern -> ofKey.merge(concern, count, Long::sum));
        }
    }

    /** The rankings counted, with each coded "other" naming its codes in place of the choice (as ConcernSample). */
    private static Named named(RawCells cells, Question question, List<CodedFreeText.CodedResponse> coded) {
        Map<String, String> concernOf = new HashMap<>();
        question.choices().stream().filter(c -> c.concern() != null).forEach(c -> concernOf.put(c.id(), c.concern()));
        String other = question.choices().stream().filter(Choice::specify).map(Choice::id).findFirst().orElse(null);
        Named named = new Named();
        Map<List<Object>, Long> replaced = new HashMap<>();
        for (CodedFreeText.CodedResponse response : coded) {
            List<String> codes = response.codes().get(question.id());
            if (other == null || codes == null) {
                continue;
            }
            for (RawCells.RankingCount ranking : response.rankings()) {
                if (ranking.questionId().equals(question.id()) && ranking.choices().contains(other)) {
                    replaced.merge(List.of(response.key(), ranking.choices()), 1L, Long::sum);
                    named.add(response.key(), concerns(ranking.choices(), concernOf, other, codes), 1);
                }
            }
        }
        for (RawCells.RankingCount ranking : cells.rankings()) {
            if (ranking.questionId().equals(question.id())) {
                named.add(ranking.key(), concerns(ranking.choices(), concernOf, other, List.of()), ranking.count()
                        - replaced.getOrDefault(List.of(ranking.key(), ranking.choices()), 0L));
            }
        }
        return named;
    }

    private static Set<String> concerns(List<String> choices, Map<String, String> concernOf, String other,
                                        List<String> otherCodes) {
        Set<String> concerns = new LinkedHashSet<>();
        for (String choice : choices) {
            if (choice == null) {
                continue;
            }
            if (choice.equals(other)) {
                concerns.addAll(otherCodes);
            } else if (concernOf.containsKey(choice)) {
                concerns.add(concernOf.get(choice));
            }
        }
        return concerns;
    }

    private static void add(List<AnswerCell> cells, List<String> cell, String answer, String group, long count) {
        if (count > 0) {
            cells.add(new AnswerCell(cell, answer, group, count));
        }
    }
}
