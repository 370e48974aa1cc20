package uk.gov.safervoices.admin;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL for tests that check what the database itself holds, past every service and repository. */
@Singleton
public class DatabaseRows {
    private final ConnectionOperations<Connection> connections;

    DatabaseRows(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    public long count(String sql, Object... parameters) {
        return Long.parseLong(strings(sql, parameters).get(0));
    }

    /** The first column of every row, as text (null stays null). */
    public List<String> strings(String sql, Object... parameters) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                List<String> values = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        values.add(result.getString(1));
                    }
                }
                return values;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }

    public int update(String sql, Object... parameters) {
        return connections.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }

    /**
     * How many rows that could keep a response's free text (its answers, its equality answers, its drafts, and
     * anywhere in the audit log) still contain this text.
     */
    public long placesHolding(String text, long responseId) {
        String like = "%" + text + "%";
        return count("SELECT COUNT(*) FROM response_answer WHERE response_id = ? AND text_value LIKE ?", responseId, like)
                + count("SELECT COUNT(*) FROM response_equality_answer WHERE response_id = ? AND text_value LIKE ?",
                responseId, like)
                + count("SELECT COUNT(*) FROM response_draft WHERE response_id = ? AND state_json LIKE ?", responseId, like)
                + count("SELECT COUNT(*) FROM audit_event WHERE before_value LIKE ? OR after_value LIKE ?", like, like);
    }
}
