package uk.gov.safervoices.admin.response;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The SQL behind a filtered, paged list of responses: the database filters, counts and pages. */
final class ResponseListQuery {
    private static final String COLUMNS = """
            SELECT r.id, r.reference, r.consultation_id, r.questionnaire_version_id, q.questionnaire_key, q.title,
                   v.version_number, r.channel, r.status, r.status_reason, r.submitted_at, r.entered_by,
                   r.integrity_flags
            FROM response r
            JOIN questionnaire_version v ON v.id = r.questionnaire_version_id
            JOIN questionnaire q ON q.id = v.questionnaire_id""";

    private final String where;
    private final List<Object> parameters;

    ResponseListQuery(ResponseFilter filter) {
        List<String> conditions = new ArrayList<>();
        parameters = new ArrayList<>();
        add(conditions, "r.consultation_id = ?", filter.consultationId());
        add(conditions, "r.questionnaire_version_id = ?", filter.questionnaireVersionId());
        add(conditions, "r.channel = ?", filter.channel() == null ? null : filter.channel().name());
        add(conditions, "r.status = ?", filter.status() == null ? null : filter.status().name());
        add(conditions, "r.submitted_at >= ?",
                filter.submittedFrom() == null ? null : Timestamp.from(filter.submittedFrom()));
        add(conditions, "r.submitted_at < ?",
                filter.submittedBefore() == null ? null : Timestamp.from(filter.submittedBefore()));
        where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private void add(List<String> conditions, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }

    long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM response r" + where)) {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    List<ResponseSummary> page(Connection connection, int page, int size) throws SQLException {
        List<Object> all = new ArrayList<>(parameters);
        all.add(size);
        all.add((long) page * size);
        try (PreparedStatement statement = connection.prepareStatement(
                COLUMNS + where + " ORDER BY r.submitted_at DESC, r.id DESC LIMIT ? OFFSET ?")) {
            bind(statement, all);
            try (ResultSet result = statement.executeQuery()) {
                List<ResponseSummary> summaries = new ArrayList<>();
                while (result.next()) {
                    summaries.add(summary(result));
                }
                return summaries;
            }
        }
    }

    /** The same columns for one response, by id. */
    static ResponseSummary one(Connection connection, long responseId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS + " WHERE r.id = ?")) {
            statement.setLong(1, responseId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? summary(result) : null;
            }
        }
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private static ResponseSummary summary(ResultSet result) throws SQLException {
        String flags = result.getString("integrity_flags");
        return new ResponseSummary(result.getLong("id"), result.getString("reference"),
                result.getLong("consultation_id"), result.getLong("questionnaire_version_id"),
                result.getString("questionnaire_key"), result.getString("title"), result.getInt("version_number"),
                Channel.valueOf(result.getString("channel")), ResponseRecord.Status.valueOf(result.getString("status")),
                result.getString("status_reason"), result.getTimestamp("submitted_at").toInstant(),
                result.getString("entered_by"),
                flags == null || flags.isBlank() ? List.of() : Arrays.asList(flags.split(",")));
    }
}
