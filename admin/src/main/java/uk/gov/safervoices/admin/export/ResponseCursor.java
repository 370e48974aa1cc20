package uk.gov.safervoices.admin.export;

import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the responses of one consultation and version with their main answer rows in one streamed query, and
 * hands them on one response at a time: memory holds one response, however many there are.
 * MySQL Connector/J streams a result row by row only with a forward-only, read-only statement and fetch size
 * {@link Integer#MIN_VALUE}; H2 (embedded) keeps large results on disk rather than in memory, and rejects a
 * negative fetch size, so it gets an ordinary one.
 */
final class ResponseCursor {
    private static final String SQL = """
            SELECT r.id, r.reference, r.submitted_at, r.channel, r.status, a.question_id, a.item_id, a.choice_id,
                   a.rank_position, a.number_value, a.text_value, a.date_value
            FROM response r LEFT JOIN response_answer a ON a.response_id = r.id
            WHERE r.consultation_id = ? AND r.questionnaire_version_id = ?%s
            ORDER BY r.id, a.id""";

    /** One response's own fields and its main answer rows. */
    record ResponseRows(long id, String reference, Instant submittedAt, String channel, String status,
                        List<AnswerRow> rows) {
    }

    interface Consumer {
        void accept(ResponseRows response) throws Exception;
    }

    private ResponseCursor() {
    }

    /** @return how many responses were handed on */
    static long forEach(Connection connection, long consultationId, long versionId, ExportScope scope,
                        Consumer consumer) throws Exception {
        String sql = SQL.formatted(scope == ExportScope.INCLUDED ? " AND r.status = 'SUBMITTED'" : "");
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(streamingFetchSize(connection));
            statement.setLong(1, consultationId);
            statement.setLong(2, versionId);
            try (ResultSet result = statement.executeQuery()) {
                return readAll(result, consumer);
            }
        }
    }

    private static long readAll(ResultSet result, Consumer consumer) throws Exception {
        long count = 0;
        ResponseRows current = null;
        while (result.next()) {
            long id = result.getLong("id");
            if (current == null || current.id() != id) {
                if (current != null) {
                    consumer.accept(current);
                    count++;
                }
                current = new ResponseRows(id, result.getString("reference"),
                        result.getTimestamp("submitted_at").toInstant(), result.getString("channel"),
                        result.getString("status"), new ArrayList<>());
            }
            String questionId = result.getString("question_id");
            if (questionId != null) {
                current.rows().add(row(result, questionId));
            }
        }
        if (current != null) {
            consumer.accept(current);
            count++;
        }
        return count;
    }

    private static AnswerRow row(ResultSet result, String questionId) throws SQLException {
        int rank = result.getInt("rank_position");
        Integer rankPosition = result.wasNull() ? null : rank;
        long number = result.getLong("number_value");
        Long numberValue = result.wasNull() ? null : number;
        Date date = result.getDate("date_value");
        return new AnswerRow(questionId, result.getString("item_id"), result.getString("choice_id"), rankPosition,
                numberValue, result.getString("text_value"), date == null ? null : date.toLocalDate());
    }

    static int streamingFetchSize(Connection connection) throws SQLException {
        String driver = connection.getMetaData().getDriverName();
        return driver != null && driver.toLowerCase().contains("mysql") ? Integer.MIN_VALUE : 500;
    }
}
