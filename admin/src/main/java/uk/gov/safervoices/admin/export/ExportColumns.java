package uk.gov.safervoices.admin.export;

import uk.gov.safervoices.admin.export.ExportColumn.Kind;
import uk.gov.safervoices.definitions.answers.AnswerFields;
import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The columns of a version's export, and each column's coded value for one response's answer rows. Names follow
 * the format's field keys: {@code question}, {@code question.item}, {@code question.option},
 * {@code question.1} (rank), {@code question.specify}, {@code question.prefer_not_to_say}. Equality questions are
 * left out (ADR 0009).
 */
final class ExportColumns {

    private ExportColumns() {
    }

    static List<ExportColumn> of(Questionnaire definition) {
        Map<String, ExportColumn> columns = new LinkedHashMap<>();
        for (ExportColumn own : List.of(ExportColumn.own("reference", Kind.REFERENCE),
                ExportColumn.own("submitted_at", Kind.SUBMITTED_AT), ExportColumn.own("channel", Kind.CHANNEL),
                ExportColumn.own("status", Kind.STATUS), ExportColumn.own("questionnaire_version", Kind.VERSION))) {
            columns.put(own.name(), own);
        }
        for (Section section : definition.sections()) {
            if (section.equality()) {
                continue;
            }
            for (Question question : section.questions()) {
                for (ExportColumn column : forQuestion(section, question)) {
                    String name = column.name();
                    for (int n = 2; columns.containsKey(name); n++) {
                        name = column.name() + "_" + n;
                    }
                    columns.put(name, column.renamed(name));
                }
            }
        }
        return List.copyOf(columns.values());
    }

    private static List<ExportColumn> forQuestion(Section section, Question question) {
        String id = question.id();
        List<ExportColumn> columns = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE, SCALE -> columns.add(ExportColumn.of(id, Kind.CODE, section, question));
            case MULTIPLE_CHOICE -> {
                for (Choice choice : question.choices()) {
                    columns.add(new ExportColumn(id + "." + choice.id(), Kind.OPTION, section, question, null,
                            choice.id(), null));
                }
                if (question.preferNotToSay() && question.choice(Choice.PREFER_NOT_TO_SAY).isEmpty()) {
                    columns.add(new ExportColumn(id + "." + Choice.PREFER_NOT_TO_SAY, Kind.OPTION, section, question,
                            null, Choice.PREFER_NOT_TO_SAY, null));
                }
            }
            case GRID -> {
                for (GridItem item : question.items()) {
                    columns.add(new ExportColumn(id + "." + item.id(), Kind.ITEM, section, question, item, null, null));
                }
            }
            case RANKING -> {
                int positions = question.rankCount() == null ? question.choices().size() : question.rankCount();
                for (int rank = 1; rank <= positions; rank++) {
                    columns.add(new ExportColumn(id + "." + rank, Kind.RANK, section, question, null, null, rank));
                }
            }
            case SHORT_TEXT, LONG_TEXT -> columns.add(ExportColumn.of(id, Kind.TEXT, section, question));
            case WHOLE_NUMBER -> columns.add(ExportColumn.of(id, Kind.NUMBER, section, question));
            case DATE -> columns.add(ExportColumn.of(id, Kind.DATE, section, question));
            case AREA -> columns.add(ExportColumn.of(id, Kind.WARD, section, question));
        }
        if (question.type().hasChoices() && question.choices().stream().anyMatch(Choice::specify)) {
            columns.add(ExportColumn.of(id + AnswerFields.SPECIFY_SUFFIX, Kind.SPECIFY, section, question));
        }
        if (question.preferNotToSay() && !AnswerFields.preferNotToSayIsChoice(question)) {
            columns.add(ExportColumn.of(id + AnswerFields.PREFER_NOT_TO_SAY_SUFFIX, Kind.PREFER_NOT_TO_SAY, section,
                    question));
        }
        return columns;
    }

    /**
     * The coded value of a question column for one response, or null (an empty cell) when the question was not
     * answered.
     *
     * @param rows the response's rows for the column's question (empty when not answered)
     */
    static String value(ExportColumn column, List<AnswerRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        AnswerRow preferNotToSay = rows.stream().filter(ExportColumns::isPreferNotToSay).findFirst().orElse(null);
        return switch (column.kind()) {
            case CODE -> rows.get(0).choiceId();
            case OPTION -> rows.stream().anyMatch(r -> column.optionId().equals(r.choiceId())) ? "1" : "0";
            case ITEM -> rows.stream().filter(r -> column.item().id().equals(r.itemId())).map(AnswerRow::choiceId)
                    .findFirst().orElse(null);
            case RANK -> rows.stream().filter(r -> column.rank().equals(r.rank())).map(AnswerRow::choiceId)
                    .findFirst().orElse(null);
            case SPECIFY -> rows.stream().map(AnswerRow::text).filter(Objects::nonNull).findFirst().orElse(null);
            case TEXT -> preferNotToSay != null ? null : rows.get(0).text();
            case NUMBER -> preferNotToSay != null || rows.get(0).number() == null ? null
                    : rows.get(0).number().toString();
            case DATE -> preferNotToSay != null || rows.get(0).date() == null ? null : rows.get(0).date().toString();
            case WARD -> preferNotToSay != null ? null : rows.get(0).choiceId();
            case PREFER_NOT_TO_SAY -> preferNotToSay != null ? "1" : "0";
            case REFERENCE, SUBMITTED_AT, CHANNEL, STATUS, VERSION ->
                    throw new IllegalArgumentException("Not a question column: " + column.name());
        };
    }

    /** "Prefer not to say" on a question without choices: one row, that code, no item or rank. */
    private static boolean isPreferNotToSay(AnswerRow row) {
        return Choice.PREFER_NOT_TO_SAY.equals(row.choiceId()) && row.itemId() == null && row.rank() == null;
    }
}
