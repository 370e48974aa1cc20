package uk.gov.safervoices.admin.analysis;

import java.util.List;

/**
 * One thing a proportion table is estimated for: a closed question, a grid row, an option of a multiple-choice
 * question (chosen or not), the first choice of a ranking, or how often an option is ranked at all.
 *
 * @param key        stable across waves: {@code question}, {@code question/item}, {@code question/option},
 *                   {@code question#first}, {@code question#ranked/option}
 * @param questionId the question the answers come from
 * @param kind       how its answers become categories
 * @param itemId     the grid row, or the option (for {@link Kind#OPTION} and {@link Kind#RANKED}); else null
 * @param title      the question (and row or option) in words
 * @param categories the answer categories in report order (for options: {@code chosen}, {@code not_chosen})
 * @param labels     the categories in words, in the same order
 * @param equality   asked in the equality section (answers read from the equality table, in aggregate only)
 */
public record AnalysisItem(String key, String questionId, Kind kind, String itemId, String title,
                           List<String> categories, List<String> labels, boolean equality) {

    public static final String CHOSEN = "chosen";
    public static final String NOT_CHOSEN = "not_chosen";

    public enum Kind {
        /** Single choice, scale, area: the choice is the category. */
        CHOICE,
        /** A grid row: the scale point chosen for that row is the category. */
        GRID_ITEM,
        /** A multiple-choice option: chosen or not, among those who answered the question. */
        OPTION,
        /** A ranking's first choice. */
        FIRST,
        /** A ranking option: ranked (anywhere) or not, among those who ranked anything. */
        RANKED
    }

    public AnalysisItem {
        categories = List.copyOf(categories);
        labels = List.copyOf(labels);
    }

    /** The proportion a reader looks at for an option: the share choosing it. */
    public boolean binary() {
        return kind == Kind.OPTION || kind == Kind.RANKED;
    }

    public String label(String category) {
        int i = categories.indexOf(category);
        return i < 0 ? category : labels.get(i);
    }
}
