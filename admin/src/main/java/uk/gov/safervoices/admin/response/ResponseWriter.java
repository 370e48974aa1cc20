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
import java.util.Map;
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
    static final String MAIN_TABLE = "response_answer";
    static final String EQUALITY_TABLE = "response_equality_answer";
    private static final String INSERT_ANSWER = "INSERT INTO %s (response_id, question_id, item_id, choice_id,"
            + " rank_position, number_value, text_value, date_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String CODED_TABLE = "response_coded_answers";
    static final String EQUALITY_CODED_TABLE = "response_equality_coded_answers";
    /** IGNORE: two nodes may code the same old response at once (CodedAnswerBackfill); either line is the same. */
    private static final String INSERT_CODED = "INSERT IGNORE INTO %s (response_id, answers) VALUES (?, ?)";

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
                         CodedAnswers codes, Long invitationCodeId, LongConsumer alongside) {
        if (invitationCodeId != null && !invitations.use(invitationCodeId)) {
            throw new InvitationUsedException();
        }
        ResponseRecord saved = responses.save(response);
        insertAnswers(MAIN_TABLE, saved.id(), mainRows);
        insertAnswers(EQUALITY_TABLE, saved.id(), equalityRows);
        insertCoded(CODED_TABLE, Map.of(saved.id(), codes.encode(mainRows)));
        insertCoded(EQUALITY_CODED_TABLE, Map.of(saved.id(), codes.encode(equalityRows)));
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
        int moved = answers.deleteForVersion(versionId, equalityQuestionIds);
        // Their coded lines are now wrong: analysis codes these responses again from their rows when it next reads.
        for (String table : List.of(CODED_TABLE, EQUALITY_CODED_TABLE)) {
            jdbc.prepareStatement("DELETE FROM " + table + " WHERE response_id IN"
                    + " (SELECT id FROM response WHERE questionnaire_version_id = ?)", statement -> {
                statement.setLong(1, versionId);
                return statement.executeUpdate();
            });
        }
        return moved;
    }

    /** Adds equality answers to a stored response unless it already has some (a repeated POST). */
    @Transactional
    boolean addEqualityAnswers(long responseId, List<AnswerRow> rows, CodedAnswers codes) {
        responses.findByIdForUpdate(responseId).orElseThrow(() -> new IllegalArgumentException("No response " + responseId));
        if (equalityAnswers.countByResponseId(responseId) > 0) {
            return false;
        }
        insertAnswers(EQUALITY_TABLE, responseId, rows);
        jdbc.prepareStatement("DELETE FROM " + EQUALITY_CODED_TABLE + " WHERE response_id = ?", statement -> {
            statement.setLong(1, responseId);
            return statement.executeUpdate();
        });
        insertCoded(EQUALITY_CODED_TABLE, Map.of(responseId, codes.encode(rows)));
        return true;
    }

    /**
     * Codes stored responses that have no coded lines yet (stored before V11, or moved by
     * {@link EqualityAnswerSeparation}), in one transaction. A line already there is kept: it was written by
     * {@link #addEqualityAnswers} meanwhile, from the same rows or newer ones.
     */
    @Transactional
    void writeCoded(Map<Long, String> main, Map<Long, String> equality) {
        insertCoded(CODED_TABLE, main);
        insertCoded(EQUALITY_CODED_TABLE, equality);
    }

    /** One JDBC batch of coded lines into {@code table}, one of the two coded tables (a constant, never input). */
    private void insertCoded(String table, Map<Long, String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT_CODED.formatted(table), statement -> {
            for (Map.Entry<Long, String> line : lines.entrySet()) {
                statement.setLong(1, line.getKey());
                statement.setString(2, line.getValue());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
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
