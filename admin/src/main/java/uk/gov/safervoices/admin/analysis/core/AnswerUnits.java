package uk.gov.safervoices.admin.analysis.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Answer cells matched to the design's weighting cells, with answers and groups as indexes (-1: blank). */
final class AnswerUnits {

    final List<String> categories;
    final List<String> groups;
    final int[] cell;
    final int[] answer;
    final int[] group;
    final long[] count;
    /** Respondents in answer cells outside the design (blank weighting answers, dropped from weighting). */
    final long outsideDesign;

    private AnswerUnits(List<String> categories, List<String> groups, List<int[]> units, List<Long> counts,
                        long outsideDesign) {
        this.categories = List.copyOf(categories);
        this.groups = List.copyOf(groups);
        int size = units.size();
        cell = new int[size];
        answer = new int[size];
        group = new int[size];
        count = new long[size];
        for (int u = 0; u < size; u++) {
            cell[u] = units.get(u)[0];
            answer[u] = units.get(u)[1];
            group[u] = units.get(u)[2];
            count[u] = counts.get(u);
        }
        this.outsideDesign = outsideDesign;
    }

    /**
     * @param categories the question's categories in report order, or null for the answers found, sorted
     * @param groups     the breakdown groups in report order, or null for the groups found, sorted
     * @param byGroup    false to ignore the cells' groups
     */
    static AnswerUnits of(WeightedDesign design, List<AnswerCell> cells, List<String> categories, List<String> groups,
                          boolean byGroup) {
        List<String> categoryList = categories != null ? categories : sorted(cells, true);
        List<String> groupList = !byGroup ? List.of() : groups != null ? groups : sorted(cells, false);
        Map<String, Integer> categoryIndex = index(categoryList, "category");
        Map<String, Integer> groupIndex = index(groupList, "group");
        long[] perCell = new long[design.size()];
        List<int[]> units = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long outside = 0;
        List<String> previous = null;
        int previousCell = -1;
        for (AnswerCell answerCell : cells) {
            if (answerCell.respondents() == 0) {
                continue;
            }
            // answer cells usually come cell by cell: a list comparison is cheaper than hashing it again
            int c = answerCell.weightingCategories().equals(previous) ? previousCell
                    : design.indexOf(answerCell.weightingCategories());
            previous = answerCell.weightingCategories();
            previousCell = c;
            if (c < 0) {
                if (answerCell.weightingCategories().contains(null)) {
                    outside += answerCell.respondents();
                    continue;
                }
                throw new IllegalArgumentException("Answer cell " + answerCell + " is in no weighting cell of the design "
                        + design.variables() + "; were the answer cells made with the same categories (and collapses)?");
            }
            int a = lookUp(categoryIndex, answerCell.answer(), "Answer", categoryList);
            int g = byGroup ? lookUp(groupIndex, answerCell.group(), "Group", groupList) : -1;
            perCell[c] += answerCell.respondents();
            units.add(new int[]{c, a, g});
            counts.add(answerCell.respondents());
        }
        for (int c = 0; c < design.size(); c++) {
            if (perCell[c] > design.respondents(c)) {
                throw new IllegalArgumentException("The answer cells count " + perCell[c] + " respondents in weighting cell "
                        + design.cells().get(c).categories() + ", which has only " + design.respondents(c));
            }
        }
        return new AnswerUnits(categoryList, groupList, units, counts, outside);
    }

    private static List<String> sorted(List<AnswerCell> cells, boolean answers) {
        TreeSet<String> found = new TreeSet<>();
        for (AnswerCell cell : cells) {
            String value = answers ? cell.answer() : cell.group();
            if (value != null && cell.respondents() > 0) {
                found.add(value);
            }
        }
        return new ArrayList<>(found);
    }

    private static Map<String, Integer> index(List<String> values, String what) {
        Map<String, Integer> index = new HashMap<>();
        for (String value : values) {
            if (index.put(value, index.size()) != null) {
                throw new IllegalArgumentException("The " + what + " '" + value + "' is listed twice");
            }
        }
        return index;
    }

    private static int lookUp(Map<String, Integer> index, String value, String what, List<String> listed) {
        if (value == null) {
            return -1;
        }
        Integer i = index.get(value);
        if (i == null) {
            throw new IllegalArgumentException(what + " '" + value + "' is not among " + listed);
        }
        return i;
    }
}
