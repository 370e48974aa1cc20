package uk.gov.safervoices.admin.analysis;

import java.util.List;
import java.util.Map;

/**
 * What was counted: respondents per key (a list of the key columns' values, null where blank), answer rows per key
 * and answer, for multiple-answer questions the respondents per key who answered at all, and for ranking questions
 * the respondents per key and order of choices (ranked concerns need whole rankings, not positions one by one).
 */
record RawCells(List<KeyColumn> columns, Map<List<String>, Long> respondents, List<AnswerCount> answers,
                List<AnsweredCount> answered, List<RankingCount> rankings) {

    RawCells {
        columns = List.copyOf(columns);
        respondents = Map.copyOf(respondents);
        answers = List.copyOf(answers);
        answered = List.copyOf(answered);
        rankings = List.copyOf(rankings);
    }

    /**
     * Respondents with this key who ranked a ranking question's choices in this order: {@code choices} holds the
     * choice id at each rank position, null where none (a partial ranking). Those who ranked nothing are not here.
     */
    record RankingCount(List<String> key, String questionId, List<String> choices, long count) {
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
