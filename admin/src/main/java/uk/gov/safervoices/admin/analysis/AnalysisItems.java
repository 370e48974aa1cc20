package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.Ward;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@link AnalysisItem}s of a questionnaire, in the order a resident meets them. Text, number and date
 * questions have no categories and are left out. */
final class AnalysisItems {

    private AnalysisItems() {
    }

    static List<AnalysisItem> of(Questionnaire definition, Map<String, AreaLookup> lookups) {
        List<AnalysisItem> items = new ArrayList<>();
        for (Section section : definition.sections()) {
            for (Question question : section.questions()) {
                items.addAll(of(question, section.equality(), lookups));
            }
        }
        return items;
    }

    /**
     * A row's or option's title: the question and its label, with a colon only where the question does not already
     * end in a question mark or full stop ("How much of a problem is this? Noisy neighbours").
     */
    static String part(Question question, String label) {
        String text = question.text().strip();
        boolean ended = text.endsWith("?") || text.endsWith(".") || text.endsWith("!");
        return text + (ended ? " " : ": ") + label;
    }

    private static List<AnalysisItem> of(Question question, boolean equality, Map<String, AreaLookup> lookups) {
        String id = question.id();
        List<String> ids = question.choices().stream().map(Choice::id).toList();
        List<String> labels = question.choices().stream().map(Choice::label).toList();
        List<String> yesNo = List.of(AnalysisItem.CHOSEN, AnalysisItem.NOT_CHOSEN);
        List<AnalysisItem> items = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE, SCALE -> items.add(new AnalysisItem(id, id, AnalysisItem.Kind.CHOICE, null,
                    question.text(), ids, labels, equality));
            case GRID -> {
                for (GridItem row : question.items()) {
                    items.add(new AnalysisItem(id + "/" + row.id(), id, AnalysisItem.Kind.GRID_ITEM, row.id(),
                            part(question, row.label()), ids, labels, equality));
                }
            }
            case MULTIPLE_CHOICE -> {
                for (Choice option : question.choices()) {
                    items.add(new AnalysisItem(id + "/" + option.id(), id, AnalysisItem.Kind.OPTION, option.id(),
                            part(question, option.label()), yesNo, List.of("Chosen", "Not chosen"),
                            equality));
                }
            }
            case RANKING -> {
                items.add(new AnalysisItem(id + "#first", id, AnalysisItem.Kind.FIRST, null,
                        question.text() + " (first choice)", ids, labels, equality));
                for (Choice option : question.choices()) {
                    items.add(new AnalysisItem(id + "#ranked/" + option.id(), id, AnalysisItem.Kind.RANKED,
                            option.id(), part(question, option.label()) + " (ranked in the top "
                            + question.rankCount() + ")", yesNo, List.of("Ranked", "Not ranked"), equality));
                }
            }
            case AREA -> {
                AreaLookup lookup = lookups.get(question.lookup());
                List<String> codes = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (Ward ward : lookup == null ? List.<Ward>of() : lookup.wards()) {
                    codes.add(ward.code());
                    names.add(ward.name());
                }
                if (question.preferNotToSay()) {
                    codes.add(Choice.PREFER_NOT_TO_SAY);
                    names.add("Prefer not to say");
                }
                items.add(new AnalysisItem(id, id, AnalysisItem.Kind.CHOICE, null, question.text(), codes, names,
                        equality));
            }
            default -> {
                // text, whole number and date answers have no categories to estimate
            }
        }
        return items;
    }
}
