package uk.gov.safervoices.portal.survey;

import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Builds the long-form rows a test expects to find in the database (see AnswerRows for their shape). */
final class AnswerRowsExpected {
    private final List<AnswerRow> rows = new ArrayList<>();

    static AnswerRowsExpected rows() {
        return new AnswerRowsExpected();
    }

    AnswerRowsExpected choice(String question, String choice) {
        return add(new AnswerRow(question, null, choice, null, null, null, null));
    }

    AnswerRowsExpected choice(String question, String choice, String specified) {
        return add(new AnswerRow(question, null, choice, null, null, specified, null));
    }

    AnswerRowsExpected scored(String question, String choice, long score) {
        return add(new AnswerRow(question, null, choice, null, score, null, null));
    }

    AnswerRowsExpected item(String question, String item, String choice, Long score) {
        return add(new AnswerRow(question, item, choice, null, score, null, null));
    }

    AnswerRowsExpected ranked(String question, int rank, String choice, String specified) {
        return add(new AnswerRow(question, null, choice, rank, null, specified, null));
    }

    AnswerRowsExpected text(String question, String text) {
        return add(new AnswerRow(question, null, null, null, null, text, null));
    }

    AnswerRowsExpected number(String question, long number) {
        return add(new AnswerRow(question, null, null, null, number, null, null));
    }

    AnswerRowsExpected date(String question, LocalDate date) {
        return add(new AnswerRow(question, null, null, null, null, null, date));
    }

    AnswerRowsExpected and(AnswerRowsExpected more) {
        rows.addAll(more.rows);
        return this;
    }

    private AnswerRowsExpected add(AnswerRow row) {
        rows.add(row);
        return this;
    }

    /** The rows in a fixed order, so two collections of rows compare regardless of insertion order. */
    List<AnswerRow> sorted() {
        return sorted(rows);
    }

    static List<AnswerRow> sorted(Collection<AnswerRow> rows) {
        return rows.stream().sorted(Comparator.comparing(AnswerRow::toString)).toList();
    }
}
