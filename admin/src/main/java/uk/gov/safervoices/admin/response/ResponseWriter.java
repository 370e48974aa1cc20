package uk.gov.safervoices.admin.response;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.util.List;
import java.util.Set;

/** Writes a response and all its answer rows in one transaction: all of it, or none of it. */
@Singleton
class ResponseWriter {
    private final ResponseRepository responses;
    private final ResponseAnswerRepository answers;

    ResponseWriter(ResponseRepository responses, ResponseAnswerRepository answers) {
        this.responses = responses;
        this.answers = answers;
    }

    @Transactional
    ResponseRecord write(ResponseRecord response, List<AnswerRow> rows) {
        ResponseRecord saved = responses.save(response);
        answers.saveAll(rows.stream().map(row -> ResponseAnswerRecord.of(saved.id(), row)).toList());
        return saved;
    }

    /** Adds answer rows to a stored response unless it already has answers to any of {@code questionIds}. */
    @Transactional
    boolean addAnswers(long responseId, Set<String> questionIds, List<AnswerRow> rows) {
        responses.findByIdForUpdate(responseId).orElseThrow(() -> new IllegalArgumentException("No response " + responseId));
        if (answers.countByResponseIdAndQuestionIdInList(responseId, questionIds) > 0) {
            return false;
        }
        answers.saveAll(rows.stream().map(row -> ResponseAnswerRecord.of(responseId, row)).toList());
        return true;
    }
}
