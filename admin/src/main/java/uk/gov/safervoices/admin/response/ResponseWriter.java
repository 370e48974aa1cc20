package uk.gov.safervoices.admin.response;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.invitation.InvitationCodes;
import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.sql.Date;
import java.sql.Types;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Writes a response and all its answer rows (main and equality answers, each to their own table) in one
 * transaction: all of it, or none of it. Each table's rows go in one JDBC batch, which Connector/J sends to MySQL/MariaDB as a single multi-row INSERT (see
 * {@code MysqlConnectionSettings}); Micronaut Data's {@code saveAll} sent one INSERT per row there, because it reads
 * back every generated id, which nothing needs.
 */
@Singleton
class ResponseWriter {
    private static final String MAIN_TABLE = "response_answer";
    private static final String EQUALITY_TABLE = "response_equality_answer";
    private static final String INSERT_ANSWER = "INSERT INTO %s (response_id, question_id, item_id, choice_id,"
            + " rank_position, number_value, text_value, date_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final ResponseRepository responses;
    private final ResponseAnswerRepository answers;
    private final EqualityAnswerRepository equalityAnswers;
    private final InvitationCodes invitations;
    private final AuditLog audit;
    private final JdbcOperations jdbc;

    ResponseWriter(ResponseRepository responses, ResponseAnswerRepository answers,
                   EqualityAnswerRepository equalityAnswers, InvitationCodes invitations, AuditLog audit,
                   JdbcOperations jdbc) {
        this.responses = responses;
        this.answers = answers;
        this.equalityAnswers = equalityAnswers;
        this.invitations = invitations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    static class InvitationUsedException extends RuntimeException {
        InvitationUsedException() {
            super("Invitation code already used");
        }
    }

    /**
     * Writes the response, its main answers and its equality answers (to their own table). A response keyed in by
     * staff is audited in the same transaction.
     *
     * @param invitationCodeId a code this response uses up, or null
     * @param alongside        more writes of the same transaction, given the new response's id
     * @throws InvitationUsedException if the code was used already (the transaction rolls back)
     */
    @Transactional
    ResponseRecord write(ResponseRecord response, List<AnswerRow> mainRows, List<AnswerRow> equalityRows,
                         Long invitationCodeId, LongConsumer alongside) {
        if (invitationCodeId != null && !invitations.use(invitationCodeId)) {
            throw new InvitationUsedException();
        }
        ResponseRecord saved = responses.save(response);
        insertAnswers(MAIN_TABLE, saved.id(), mainRows);
        insertAnswers(EQUALITY_TABLE, saved.id(), equalityRows);
        if (saved.enteredBy() != null) {
            audit.record(saved.enteredBy(), "response.entered", "response", saved.reference(), null,
                    saved.channel().name());
        }
        alongside.accept(saved.id());
        return saved;
    }

    /** Moves a version's answers to these equality questions out of the main answer table; returns how many. */
    @Transactional
    int moveToEqualityTable(long versionId, Set<String> equalityQuestionIds) {
        answers.copyToEqualityTable(versionId, equalityQuestionIds);
        return answers.deleteForVersion(versionId, equalityQuestionIds);
    }

    /** Adds equality answers to a stored response unless it already has some (a repeated POST). */
    @Transactional
    boolean addEqualityAnswers(long responseId, List<AnswerRow> rows) {
        responses.findByIdForUpdate(responseId).orElseThrow(() -> new IllegalArgumentException("No response " + responseId));
        if (equalityAnswers.countByResponseId(responseId) > 0) {
            return false;
        }
        insertAnswers(EQUALITY_TABLE, responseId, rows);
        return true;
    }

    /** One JDBC batch into {@code table}, one of the two answer tables (a constant, never input). */
    private void insertAnswers(String table, long responseId, List<AnswerRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT_ANSWER.formatted(table), statement -> {
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
