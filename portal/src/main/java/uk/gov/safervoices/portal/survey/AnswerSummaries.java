package uk.gov.safervoices.portal.survey;

import com.github.jknack.handlebars.Handlebars;
import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.answers.AnswerFields;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.Ward;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** "Check your answers": each shown section as a GOV.UK summary list, answers as the resident saw them. */
@Singleton
class AnswerSummaries {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final DefinitionLibrary library;

    AnswerSummaries(DefinitionLibrary library) {
        this.library = library;
    }

    List<Map<String, Object>> sections(JourneyContext context, List<Section> shown, Map<String, Answer> answers) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section section : shown) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Question question : section.questions()) {
                if (!uk.gov.safervoices.definitions.answers.Visibility.isShown(context.definition(), question, answers)) {
                    continue;
                }
                rows.add(Map.of(
                        "key", Map.of("text", question.text()),
                        "value", Map.of("html", display(question, answers.get(question.id()))),
                        "actions", Map.of("items", List.of(Map.of(
                                "href", context.sectionUrl(section.id()) + "?change=true#"
                                        + FieldIds.of(AnswerFields.firstFieldKey(question)),
                                "text", "Change",
                                "visuallyHiddenText", question.text())))));
            }
            sections.add(Map.of("title", section.title(), "summaryList", Map.of("rows", rows)));
        }
        return sections;
    }

    /** The answer as escaped HTML, one line per part. */
    String display(Question question, Answer answer) {
        List<String> lines = lines(question, answer);
        return String.join("<br>", lines.stream().map(l -> Handlebars.Utils.escapeExpression(l).toString()).toList());
    }

    private List<String> lines(Question question, Answer answer) {
        if (answer == null) {
            return List.of("Not answered");
        }
        if (answer instanceof Answer.Single single) {
            return List.of(withSpecified(label(question, single.choiceId()), single.specifiedText()));
        } else if (answer instanceof Answer.Multiple multiple) {
            return multiple.choiceIds().stream()
                    .map(id -> withSpecified(label(question, id), specifiedFor(question, id, multiple.specifiedText()))).toList();
        } else if (answer instanceof Answer.Grid grid) {
            return question.items().stream().filter(i -> grid.choicesByItem().containsKey(i.id()))
                    .map(i -> itemLine(question, i, grid.choicesByItem().get(i.id()))).toList();
        } else if (answer instanceof Answer.Ranking ranking) {
            return rankingLines(question, ranking);
        } else if (answer instanceof Answer.Text text) {
            return List.of(text.text().split("\\R"));
        } else if (answer instanceof Answer.WholeNumber number) {
            return List.of(Long.toString(number.value()));
        } else if (answer instanceof Answer.Date date) {
            return List.of(DATE.format(date.value()));
        } else if (answer instanceof Answer.Area area) {
            return List.of(wardName(question, area.wardCode()));
        }
        return List.of("Prefer not to say");
    }

    private List<String> rankingLines(Question question, Answer.Ranking ranking) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ranking.rankedChoiceIds().size(); i++) {
            String id = ranking.rankedChoiceIds().get(i);
            lines.add(Ordinals.capitalised(i + 1) + " choice: "
                    + withSpecified(label(question, id), specifiedFor(question, id, ranking.specifiedText())));
        }
        return lines;
    }

    /** "Item: answer"; an item written as a sentence loses its full stop first ("...local people: Tend to agree"). */
    private static String itemLine(Question question, GridItem item, String choiceId) {
        String label = item.label().strip();
        if (label.endsWith(".")) {
            label = label.substring(0, label.length() - 1);
        }
        return label + ": " + label(question, choiceId);
    }

    private static String label(Question question, String choiceId) {
        if (Choice.PREFER_NOT_TO_SAY.equals(choiceId)) {
            return "Prefer not to say";
        }
        return question.choice(choiceId).map(Choice::label).orElse(choiceId);
    }

    private static String specifiedFor(Question question, String choiceId, String text) {
        return question.choice(choiceId).filter(Choice::specify).map(c -> text).orElse(null);
    }

    private static String withSpecified(String label, String specified) {
        return specified == null || specified.isBlank() ? label : label + ": " + specified;
    }

    private String wardName(Question question, String wardCode) {
        return library.lookup(question.lookup()).flatMap(l -> l.ward(wardCode)).map(Ward::name).orElse(wardCode);
    }
}
