package uk.gov.safervoices.admin.analysis;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.model.AgeBand;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts, in SQL, a consultation's included responses to one questionnaire version by their key columns (weighting
 * answers, channel, an optional breakdown question) and by answer: {@code GROUP BY key x answer}. Nothing here is
 * per response; what comes back is O(cells), however many responses there are. Reads only SUBMITTED responses.
 */
@Singleton
class ResponseCells {
    private final ConnectionOperations<Connection> connections;

    ResponseCells(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /** Which responses: one consultation's answers to one questionnaire version. */
    record Scope(long consultationId, long versionId) {
    }

    /**
     * @param multiAnswerQuestions main-table questions (multiple choice, ranking) whose respondents must be counted
     *                             once each, not once per row
     * @param multiEqualityQuestions the same for equality questions
     */
    RawCells count(Scope scope, List<KeyColumn> columns, Set<String> multiAnswerQuestions,
                   Set<String> multiEqualityQuestions) {
        return connections.executeRead(status -> {
            Connection connection = status.getConnection();
            boolean mysql = false;
            try {
                mysql = isMySql(connection);
                if (mysql) {
                    largeTemporaryTables(connection, true);
                }
                Map<List<String>, Long> respondents = respondents(connection, scope, columns);
                List<RawCells.AnswerCount> answers = new ArrayList<>();
                answers(connection, scope, columns, "response_answer", false, answers);
                answers(connection, scope, columns, "response_equality_answer", true, answers);
                List<RawCells.AnsweredCount> answered = new ArrayList<>();
                answered(connection, scope, columns, "response_answer", multiAnswerQuestions, answered);
                answered(connection, scope, columns, "response_equality_answer", multiEqualityQuestions, answered);
                return new RawCells(columns, respondents, answers, answered);
            } catch (SQLException e) {
                throw new IllegalStateException("Counting responses for analysis failed", e);
            } finally {
                if (mysql) {
                    try {
                        largeTemporaryTables(connection, false);
                    } catch (SQLException e) {
                        throw new IllegalStateException("Resetting the temporary table size failed", e);
                    }
                }
            }
        });
    }

    /** Up to this much memory for one GROUP BY's temporary table on MySQL/MariaDB, while counting. */
    static final long TEMPORARY_TABLE_BYTES = 256L * 1024 * 1024;

    private static boolean isMySql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }

    /**
     * The answer counts group 2.4 million rows (100,000 responses) into some 100,000 cells of eight columns; at
     * MySQL/MariaDB's default 16 MiB that temporary table goes to disk, and counting takes about 3 times as long
     * (docs/benchmarks/analysis/). So while counting, this connection may keep it in memory; then back to the
     * server's setting, as the connection returns to the pool.
     */
    private static void largeTemporaryTables(Connection connection, boolean large) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(large ? "SET SESSION tmp_table_size = " + TEMPORARY_TABLE_BYTES
                    + ", max_heap_table_size = " + TEMPORARY_TABLE_BYTES
                    : "SET SESSION tmp_table_size = DEFAULT, max_heap_table_size = DEFAULT");
        }
    }

    private Map<List<String>, Long> respondents(Connection connection, Scope scope, List<KeyColumn> columns)
            throws SQLException {
        String sql = "SELECT " + keyList(columns) + ", COUNT(*) FROM " + keyed(columns) + " GROUP BY "
                + keyList(columns);
        Map<List<String>, Long> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindKeyed(statement, scope, columns);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    counts.merge(key(result, columns.size()), result.getLong(columns.size() + 1), Long::sum);
                }
            }
        }
        return counts;
    }

    private void answers(Connection connection, Scope scope, List<KeyColumn> columns, String table, boolean equality,
                         List<RawCells.AnswerCount> into) throws SQLException {
        String sql = "SELECT " + keyList(columns) + ", a.question_id, a.item_id, a.choice_id, a.rank_position,"
                + " COUNT(*) FROM " + keyed(columns) + " JOIN " + table + " a ON a.response_id = k.rid"
                + " WHERE a.choice_id IS NOT NULL GROUP BY " + keyList(columns)
                + ", a.question_id, a.item_id, a.choice_id, a.rank_position";
        int n = columns.size();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindKeyed(statement, scope, columns);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    int rank = result.getInt(n + 4);
                    Integer rankPosition = result.wasNull() ? null : rank;
                    into.add(new RawCells.AnswerCount(key(result, n), result.getString(n + 1),
                            result.getString(n + 2), result.getString(n + 3), rankPosition, result.getLong(n + 5),
                            equality));
                }
            }
        }
    }

    private void answered(Connection connection, Scope scope, List<KeyColumn> columns, String table,
                          Set<String> questions, List<RawCells.AnsweredCount> into) throws SQLException {
        if (questions.isEmpty()) {
            return;
        }
        String sql = "SELECT " + keyList(columns) + ", a.question_id, COUNT(DISTINCT a.response_id) FROM "
                + keyed(columns) + " JOIN " + table + " a ON a.response_id = k.rid WHERE a.question_id IN ("
                + String.join(", ", questions.stream().map(q -> "?").toList()) + ") GROUP BY " + keyList(columns)
                + ", a.question_id";
        int n = columns.size();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = bindKeyed(statement, scope, columns);
            for (String question : questions) {
                statement.setString(next++, question);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    into.add(new RawCells.AnsweredCount(key(result, n), result.getString(n + 1),
                            result.getLong(n + 2)));
                }
            }
        }
    }

    private static String keyList(List<KeyColumn> columns) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            list.append(i == 0 ? "" : ", ").append("k.k").append(i);
        }
        return list.toString();
    }

    /**
     * The included responses with their key values, as a derived table {@code k(rid, k0, k1...)}. Question ids are
     * parameters; band limits come from the validated definition as {@code long}s and are written as numbers.
     */
    private static String keyed(List<KeyColumn> columns) {
        StringBuilder select = new StringBuilder("(SELECT r.id AS rid");
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            KeyColumn column = columns.get(i);
            String alias = "w" + i;
            select.append(", ");
            if (column.questionId() == null) {
                select.append("r.channel");
            } else if (column.banded()) {
                select.append("CASE");
                List<AgeBand> bands = column.map().bands();
                for (int b = 0; b < bands.size(); b++) {
                    AgeBand band = bands.get(b);
                    select.append(" WHEN ").append(alias).append(".number_value >= ").append(band.min());
                    if (band.max() != null) {
                        select.append(" AND ").append(alias).append(".number_value <= ").append(band.max().longValue());
                    }
                    select.append(" THEN ").append(b);
                }
                select.append(" END");
            } else {
                select.append(alias).append(".choice_id");
            }
            select.append(" AS k").append(i);
            if (column.questionId() != null) {
                joins.append(" LEFT JOIN ").append(column.equality() ? "response_equality_answer" : "response_answer")
                        .append(' ').append(alias).append(" ON ").append(alias).append(".response_id = r.id AND ")
                        .append(alias).append(".question_id = ?");
                if (!column.banded()) {
                    joins.append(" AND ").append(alias).append(".item_id IS NULL");
                }
            }
        }
        return select + " FROM response r" + joins + " WHERE r.consultation_id = ? AND r.questionnaire_version_id = ?"
                + " AND r.status = 'SUBMITTED') k";
    }

    /** Binds the derived table's parameters; returns the next parameter index. */
    private static int bindKeyed(PreparedStatement statement, Scope scope, List<KeyColumn> columns) throws SQLException {
        int next = 1;
        for (KeyColumn column : columns) {
            if (column.questionId() != null) {
                statement.setString(next++, column.questionId());
            }
        }
        statement.setLong(next++, scope.consultationId());
        statement.setLong(next++, scope.versionId());
        return next;
    }

    private static List<String> key(ResultSet result, int n) throws SQLException {
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = result.getString(i + 1);
        }
        return Arrays.asList(values);
    }
}
