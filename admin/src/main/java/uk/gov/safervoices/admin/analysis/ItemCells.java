package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.admin.analysis.core.AnswerCell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The answer cells of one {@link AnalysisItem}: for each key (weighting cell and breakdown group), how many gave
 * each category, and how many gave none (blank, or not asked): those stay in the design, outside the base.
 */
final class ItemCells {

    private ItemCells() {
    }

    /**
     * @param designCategories a key's weighting cell in the design
     * @param group            a key's breakdown group (null: none, or blank)
     */
    static List<AnswerCell> of(AnalysisItem item, RawCells cells, Function<List<String>, List<String>> designCategories,
                               Function<List<String>, String> group) {
        Set<String> known = new HashSet<>(item.categories());
        Map<List<String>, Map<String, Long>> byKey = new HashMap<>();
        Map<List<String>, Long> answered = new HashMap<>();
        for (RawCells.AnswerCount row : cells.answers()) {
            String category = categoryOf(item, row);
            if (category == null) {
                continue;
            }
            if (!item.binary()) {
                if (!known.contains(category)) {
                    continue;
                }
                answered.merge(row.key(), row.count(), Long::sum);
            }
            byKey.computeIfAbsent(row.key(), k -> new HashMap<>()).merge(category, row.count(), Long::sum);
        }
        if (item.binary()) {
            for (RawCells.AnsweredCount row : cells.answered()) {
                if (row.questionId().equals(item.questionId())) {
                    answered.merge(row.key(), row.count(), Long::sum);
                }
            }
        }
        List<AnswerCell> result = new ArrayList<>();
        cells.respondents().forEach((key, respondents) -> {
            List<String> cell = designCategories.apply(key);
            String groupOf = group.apply(key);
            long gave = Math.min(answered.getOrDefault(key, 0L), respondents);
            Map<String, Long> counts = byKey.getOrDefault(key, Map.of());
            if (item.binary()) {
                long chosen = Math.min(counts.getOrDefault(AnalysisItem.CHOSEN, 0L), gave);
                add(result, cell, AnalysisItem.CHOSEN, groupOf, chosen);
                add(result, cell, AnalysisItem.NOT_CHOSEN, groupOf, gave - chosen);
            } else {
                counts.forEach((category, count) -> add(result, cell, category, groupOf, count));
            }
            add(result, cell, null, groupOf, respondents - gave);
        });
        return result;
    }

    /** The category a stored answer row gives this item, or null when the row is not this item's. */
    private static String categoryOf(AnalysisItem item, RawCells.AnswerCount row) {
        if (row.equality() != item.equality() || !row.questionId().equals(item.questionId())) {
            return null;
        }
        return switch (item.kind()) {
            case CHOICE -> row.itemId() == null && row.rank() == null ? row.choiceId() : null;
            case GRID_ITEM -> item.itemId().equals(row.itemId()) ? row.choiceId() : null;
            case FIRST -> row.rank() != null && row.rank() == 1 ? row.choiceId() : null;
            case OPTION -> item.itemId().equals(row.choiceId()) ? AnalysisItem.CHOSEN : null;
            case RANKED -> row.rank() != null && item.itemId().equals(row.choiceId()) ? AnalysisItem.CHOSEN : null;
        };
    }

    private static void add(List<AnswerCell> cells, List<String> cell, String answer, String group, long count) {
        if (count > 0) {
            cells.add(new AnswerCell(cell, answer, group, count));
        }
    }
}
