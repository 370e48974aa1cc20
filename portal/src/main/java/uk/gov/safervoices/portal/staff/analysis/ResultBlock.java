package uk.gov.safervoices.portal.staff.analysis;

import uk.gov.safervoices.admin.analysis.AnalysisItem;
import uk.gov.safervoices.admin.analysis.AnalysisResult;

import java.util.ArrayList;
import java.util.List;

/**
 * What one section of the results page shows: a question's categories (one item), or for a multiple-choice or
 * ranking question every option's share (one binary item per option, shown together).
 *
 * @param title the question in words
 * @param items the item, or the question's option items in order
 */
record ResultBlock(String title, List<AnalysisResult.ItemResult> items) {

    boolean options() {
        return items.get(0).item().binary();
    }

    /** The items of a result, with the options of one question (chosen or ranked) gathered into one block. */
    static List<ResultBlock> of(List<AnalysisResult.ItemResult> results) {
        List<ResultBlock> blocks = new ArrayList<>();
        List<AnalysisResult.ItemResult> pending = new ArrayList<>();
        AnalysisItem.Kind pendingKind = null;
        String pendingQuestion = null;
        for (AnalysisResult.ItemResult result : results) {
            AnalysisItem item = result.item();
            boolean continues = item.binary() && item.kind() == pendingKind
                    && item.questionId().equals(pendingQuestion);
            if (!continues && !pending.isEmpty()) {
                blocks.add(optionsBlock(pending));
                pending = new ArrayList<>();
            }
            if (item.binary()) {
                pending.add(result);
                pendingKind = item.kind();
                pendingQuestion = item.questionId();
            } else {
                pendingKind = null;
                pendingQuestion = null;
                blocks.add(new ResultBlock(item.title(), List.of(result)));
            }
        }
        if (!pending.isEmpty()) {
            blocks.add(optionsBlock(pending));
        }
        return blocks;
    }

    /** "Where do you feel unsafe? (% choosing each)": the title without the option. */
    private static ResultBlock optionsBlock(List<AnalysisResult.ItemResult> options) {
        AnalysisItem first = options.get(0).item();
        String title = first.title();
        int colon = title.lastIndexOf(": ");
        String question = colon < 0 ? title : title.substring(0, colon);
        String suffix = first.kind() == AnalysisItem.Kind.RANKED ? " (% ranking each in their top choices)"
                : " (% choosing each)";
        return new ResultBlock(question + suffix, List.copyOf(options));
    }

    /** An option's label: the part of its item title after the question. */
    static String optionLabel(AnalysisItem item) {
        String title = item.title();
        int colon = title.lastIndexOf(": ");
        String label = colon < 0 ? title : title.substring(colon + 2);
        int bracket = label.lastIndexOf(" (ranked in the top");
        return bracket < 0 ? label : label.substring(0, bracket);
    }
}
