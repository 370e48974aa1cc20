package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.admin.analysis.concerns.RankingSample;
import uk.gov.safervoices.admin.analysis.concerns.RankingUnit;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every respondent to a ranking question as units of the engine (ADR 0018), with ranked "other" answers that
 * analysts coded counted as the concerns or themes they were coded with, at the rank they were given (ADR 0023).
 *
 * <p>An "other" with several codes puts each of them at its rank. The engine holds one concern per position, so the
 * sample then has {@code slots} sets of the question's positions, set s at positions s x N .. s x N + N - 1, each
 * scoring the points of its rank: a code in any set scores its rank's points and counts as a mention. With one code
 * per "other" (or none coded) the sample is exactly the question's N positions.
 */
record ConcernSample(RankingSample sample, int slots, long codedOthers, long uncodedOthers) {

    /**
     * @param concerns the concerns and themes to score, in report order (codes on ranked "other" answers among them)
     * @param coded    the coded responses; only their codes on this question's "other" are used here
     */
    static ConcernSample of(RawCells cells, WeightingScheme scheme, Question question, List<String> concerns,
                            List<CodedFreeText.CodedResponse> coded) {
        List<Integer> columns = SurveyWeighting.columns(cells, scheme);
        int positions = question.rankCount();
        Map<String, String> concernOf = new HashMap<>();
        question.choices().stream().filter(c -> c.concern() != null).forEach(c -> concernOf.put(c.id(), c.concern()));
        String other = question.choices().stream().filter(Choice::specify).map(Choice::id).findFirst().orElse(null);

        record Substitution(List<String> key, List<String> choices, List<String> codes) {
        }
        Map<List<Object>, Long> replaced = new HashMap<>();
        List<Substitution> substitutions = new ArrayList<>();
        int slots = 1;
        for (CodedFreeText.CodedResponse response : coded) {
            List<String> codes = response.codes().get(question.id());
            if (other == null || codes == null) {
                continue;
            }
            for (RawCells.RankingCount ranking : response.rankings()) {
                if (ranking.questionId().equals(question.id()) && ranking.choices().contains(other)) {
                    substitutions.add(new Substitution(response.key(), ranking.choices(), codes));
                    replaced.merge(List.of(response.key(), ranking.choices()), 1L, Long::sum);
                    slots = Math.max(slots, codes.size());
                }
            }
        }
        Map<List<String>, Long> rankers = new HashMap<>();
        List<RankingUnit> units = new ArrayList<>();
        long others = 0;
        for (RawCells.RankingCount ranking : cells.rankings()) {
            if (!ranking.questionId().equals(question.id())) {
                continue;
            }
            rankers.merge(ranking.key(), ranking.count(), Long::sum);
            if (other != null && ranking.choices().contains(other)) {
                others += ranking.count();
            }
            long left = ranking.count() - replaced.getOrDefault(List.of(ranking.key(), ranking.choices()), 0L);
            if (left > 0) {
                units.add(new RankingUnit(SurveyWeighting.designCategories(ranking.key(), cells, columns, scheme),
                        ranked(ranking.choices(), concernOf, other, null, positions, slots), left));
            }
        }
        for (Substitution substitution : substitutions) {
            units.add(new RankingUnit(SurveyWeighting.designCategories(substitution.key(), cells, columns, scheme),
                    ranked(substitution.choices(), concernOf, other, substitution.codes(), positions, slots), 1));
        }
        List<String> nothing = Arrays.asList(new String[positions * slots]);
        cells.respondents().forEach((key, count) -> {
            long without = count - rankers.getOrDefault(key, 0L);
            if (without > 0) {
                units.add(new RankingUnit(SurveyWeighting.designCategories(key, cells, columns, scheme), nothing,
                        without));
            }
        });
        RankingSample sample = new RankingSample(scheme.variables(), concerns, positions * slots, units);
        return new ConcernSample(sample, slots, substitutions.size(), others - substitutions.size());
    }

    /**
     * The concern at each position: a choice's concern, or for the coded "other" its codes (set by set). Choices
     * that stand for no concern, and concerns already ranked higher (or earlier in the same "other"), leave their
     * position empty.
     */
    private static List<String> ranked(List<String> choices, Map<String, String> concernOf, String other,
                                       List<String> otherCodes, int positions, int slots) {
        String[] ranked = new String[positions * slots];
        Set<String> seen = new LinkedHashSet<>();
        for (int rank = 0; rank < positions; rank++) {
            String choice = rank < choices.size() ? choices.get(rank) : null;
            List<String> concerns = choice != null && choice.equals(other) && otherCodes != null ? otherCodes
                    : Arrays.asList(choice == null ? null : concernOf.get(choice));
            for (int slot = 0; slot < concerns.size() && slot < slots; slot++) {
                String concern = concerns.get(slot);
                if (concern != null && seen.add(concern)) {
                    ranked[slot * positions + rank] = concern;
                }
            }
        }
        return Arrays.asList(ranked);
    }

    /** The points of each of the sample's positions: the question's, repeated for each set of positions. */
    List<Double> points(List<Double> questionPoints) {
        List<Double> points = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            points.addAll(questionPoints);
        }
        return points;
    }
}
