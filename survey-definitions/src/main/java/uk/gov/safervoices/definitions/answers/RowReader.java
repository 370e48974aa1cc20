package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads one question's stored rows back into its answer (the inverse of {@link AnswerRows#toRows}). */
final class RowReader {

    private RowReader() {
    }

    static Answer answer(Question question, List<AnswerRow> rows) {
        AnswerRow first = rows.get(0);
        boolean preferNotToSay = rows.size() == 1 && Choice.PREFER_NOT_TO_SAY.equals(first.choiceId())
                && first.itemId() == null && first.rank() == null;
        if (preferNotToSay && !AnswerFields.preferNotToSayIsChoice(question)) {
            return new Answer.PreferNotToSay();
        }
        return switch (question.type()) {
            case SINGLE_CHOICE, SCALE -> new Answer.Single(single(question, rows).choiceId(), first.text());
            case MULTIPLE_CHOICE -> new Answer.Multiple(
                    ChoiceChecks.inChoiceOrder(question, rows.stream().map(AnswerRow::choiceId).toList()),
                    specifiedText(rows));
            case GRID -> grid(question, rows);
            case RANKING -> new Answer.Ranking(rows.stream().sorted(Comparator.comparing(AnswerRow::rank))
                    .map(AnswerRow::choiceId).toList(), specifiedText(rows));
            case SHORT_TEXT, LONG_TEXT -> new Answer.Text(single(question, rows).text());
            case WHOLE_NUMBER -> new Answer.WholeNumber(single(question, rows).number());
            case DATE -> new Answer.Date(single(question, rows).date());
            case AREA -> new Answer.Area(single(question, rows).choiceId(), first.text());
        };
    }

    private static AnswerRow single(Question question, List<AnswerRow> rows) {
        if (rows.size() != 1) {
            throw new IllegalArgumentException("Question '" + question.id() + "' takes one answer row, found "
                    + rows.size());
        }
        return rows.get(0);
    }

    private static Answer grid(Question question, List<AnswerRow> rows) {
        Map<String, String> byItem = new LinkedHashMap<>();
        for (GridItem item : question.items()) {
            rows.stream().filter(r -> item.id().equals(r.itemId())).findFirst()
                    .ifPresent(r -> byItem.put(item.id(), r.choiceId()));
        }
        return new Answer.Grid(byItem);
    }

    private static String specifiedText(List<AnswerRow> rows) {
        return rows.stream().map(AnswerRow::text).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
