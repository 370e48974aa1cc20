package uk.gov.safervoices.admin.analysis;

import java.util.List;
import java.util.Map;

/**
 * What SQL counted: respondents per key (a list of the key columns' stored values, null where blank), answer rows
 * per key and answer, and for multiple-answer questions the respondents per key who answered at all.
 */
record RawCells(List<KeyColumn> columns, Map<List<String>, Long> respondents, List<AnswerCount> answers,
                List<AnsweredCount> answered) {

    RawCells {
        columns = List.copyOf(columns);
        respondents = Map.copyOf(respondents);
        answers = List.copyOf(answers);
        answered = List.copyOf(answered);
    }

    /** Answer rows with the same key and answer: one per respondent for a single answer, one per option chosen. */
    record AnswerCount(List<String> key, String questionId, String itemId, String choiceId, Integer rank, long count,
                       boolean equality) {
    }

    /** Respondents with this key who gave any answer to a multiple-answer question. */
    record AnsweredCount(List<String> key, String questionId, long count) {
    }

    long totalRespondents() {
        return respondents.values().stream().mapToLong(Long::longValue).sum();
    }
}
