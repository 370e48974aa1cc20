package uk.gov.safervoices.admin.response;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.invitation.InvitationCodes;
import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.sql.Date;
import java.sql.Types;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Writes a response and all its answer rows in one transaction: all of it, or none of it. The answer rows go in
 * one JDBC batch, which Connector/J sends to MySQL/MariaDB as a single multi-row INSERT (see
 * {@code MysqlConnectionSettings}); Micronaut Data's {@code saveAll} sent one INSERT per row there, because it reads
 * back every generated id, which nothing needs.
 */
@Singleton
class ResponseWriter {
    private static final String INSERT_ANSWER = "INSERT INTO response_answer (response_id, question_id, item_id,"
            + " choice_id, rank_position, number_value, text_value, date_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final ResponseRepository responses;
    private final ResponseAnswerRepository answers;
    private final InvitationCodes invitations;
    private final JdbcOperations jdbc;

    ResponseWriter(ResponseRepository responses, ResponseAnswerRepository answers, InvitationCodes invitations,
                   JdbcOperations jdbc) {
        this.responses = responses;
        this.answers = answers;
        this.invitations = invitations;
        this.jdbc = jdbc;
    }

    static class InvitationUsedException extends RuntimeException {
        InvitationUsedException() {
            super("Invitation code already used");
        }
    }

    /**
     * @param invitationCodeId a code this response uses up, or null
     * @param alongside         more writes of the same transaction, given the new response's id
     * @throws InvitationUsedException if the code was used already (the transaction rolls back)
     */
    @Transactional
    ResponseRecord write(ResponseRecord response, List<AnswerRow> rows, Long invitationCodeId, LongConsumer alongside) {
        if (invitationCodeId != null && !invitations.use(invitationCodeId)) {
            throw new InvitationUsedException();
        }
        ResponseRecord saved = responses.save(response);
        insertAnswers(saved.id(), rows);
        alongside.accept(saved.id());
        return saved;
    }

    /** Adds answer rows to a stored response unless it already has answers to any of {@code questionIds}. */
    @Transactional
    boolean addAnswers(long responseId, Set<String> questionIds, List<AnswerRow> rows) {
        responses.findByIdForUpdate(responseId).orElseThrow(() -> new IllegalArgumentException("No response " + responseId));
        if (answers.countByResponseIdAndQuestionIdInList(responseId, questionIds) > 0) {
            return false;
        }
        insertAnswers(responseId, rows);
        return true;
    }

    private void insertAnswers(long responseId, List<AnswerRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT_ANSWER, statement -> {
            for (AnswerRow row : rows) {
                statement.setLong(1, responseId);
                statement.setString(2, row.questionId());
                statement.setString(3, row.itemId());
                statement.setString(4, row.choiceId());
                statement.setObject(5, row.rank(), Types.INTEGER);
                statement.setObject(6, row.number(), Types.BIGINT);
                statement.setString(7, row.text());
                statement.setObject(8, row.date() == null ? null : Date.valueOf(row.date()), Types.DATE);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }
}
