package uk.gov.safervoices.admin.response;

import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Ward;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a checked answer back into what the resident saw: option labels, item labels, ranks, ward names. */
final class AnswerLabels {
    private static final String PREFER_NOT_TO_SAY = "Prefer not to say";
    private static final String[] ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
            "Eighth", "Ninth", "Tenth"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private AnswerLabels() {
    }

    static List<AnswerLine> lines(Question question, Answer answer, Map<String, AreaLookup> lookups) {
        List<AnswerLine> lines = new ArrayList<>();
        if (answer instanceof Answer.PreferNotToSay) {
            lines.add(AnswerLine.of(null, PREFER_NOT_TO_SAY));
        } else if (answer instanceof Answer.Single single) {
            lines.add(choiceLine(question, null, single.choiceId(), single.specifiedText()));
        } else if (answer instanceof Answer.Multiple multiple) {
            String specifyChoice = firstSpecify(question, multiple.choiceIds());
            for (String choiceId : multiple.choiceIds()) {
                lines.add(choiceLine(question, null, choiceId,
                        choiceId.equals(specifyChoice) ? multiple.specifiedText() : null));
            }
        } else if (answer instanceof Answer.Grid grid) {
            for (GridItem item : question.items()) {
                String choiceId = grid.choicesByItem().get(item.id());
                if (choiceId != null) {
                    lines.add(AnswerLine.of(item.label(), choiceLabel(question, choiceId)));
                }
            }
        } else if (answer instanceof Answer.Ranking ranking) {
            String specifyChoice = firstSpecify(question, ranking.rankedChoiceIds());
            List<String> ranked = ranking.rankedChoiceIds();
            for (int i = 0; i < ranked.size(); i++) {
                lines.add(choiceLine(question, rankLabel(i + 1), ranked.get(i),
                        ranked.get(i).equals(specifyChoice) ? ranking.specifiedText() : null));
            }
        } else if (answer instanceof Answer.Text text) {
            lines.add(AnswerLine.withText(null, null, text.text()));
        } else if (answer instanceof Answer.WholeNumber number) {
            lines.add(AnswerLine.of(null, Long.toString(number.value())));
        } else if (answer instanceof Answer.Date date) {
            lines.add(AnswerLine.of(null, date.value().format(DATE)));
        } else if (answer instanceof Answer.Area area) {
            AreaLookup lookup = lookups.get(question.lookup());
            String ward = lookup == null ? area.wardCode()
                    : lookup.ward(area.wardCode()).map(Ward::name).orElse(area.wardCode());
            lines.add(AnswerLine.of(null, ward));
        }
        return lines;
    }

    static String rankLabel(int rank) {
        return rank <= ORDINALS.length ? ORDINALS[rank - 1] + " choice" : "Choice " + rank;
    }

    static String choiceLabel(Question question, String choiceId) {
        if (Choice.PREFER_NOT_TO_SAY.equals(choiceId)) {
            return PREFER_NOT_TO_SAY;
        }
        return question.choice(choiceId).map(Choice::label).orElse(choiceId);
    }

    private static AnswerLine choiceLine(Question question, String label, String choiceId, String specifiedText) {
        return specifiedText == null ? AnswerLine.of(label, choiceLabel(question, choiceId))
                : AnswerLine.withText(label, choiceLabel(question, choiceId), specifiedText);
    }

    /** The chosen choice that carries the "please say" text (the first chosen specify choice), as the store keeps it. */
    private static String firstSpecify(Question question, List<String> chosen) {
        return chosen.stream().filter(id -> question.choice(id).map(Choice::specify).orElse(false))
                .findFirst().orElse(null);
    }
}
