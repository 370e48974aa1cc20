package uk.gov.safervoices.admin.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counting answers for analysis, in SQL, over included responses only: it reads the {@code included_answer} and
 * {@code included_equality_answer} views, which leave out responses marked DUPLICATE, SPAM or TEST.
 */
@Singleton
public class AnswerCounts {
    private final ConnectionOperations<Connection> connections;

    AnswerCounts(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /**
     * How many included responses of a consultation chose each option of a question (or of one grid item).
     *
     * @return choice id to count, ordered by choice id; choices nobody chose are absent
     */
    public Map<String, Long> choiceCounts(long consultationId, String questionId, @Nullable String itemId) {
        return count("included_answer", consultationId, questionId, itemId);
    }

    /** The same for an equality question: aggregate counts are the only way equality answers are read. */
    public Map<String, Long> equalityChoiceCounts(long consultationId, String questionId) {
        return count("included_equality_answer", consultationId, questionId, null);
    }

    /** How many included responses a consultation has. */
    public long includedResponses(long consultationId) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM response WHERE consultation_id = ? AND status = 'SUBMITTED'")) {
                statement.setLong(1, consultationId);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Counting responses failed", e);
            }
        });
    }

    private Map<String, Long> count(String view, long consultationId, String questionId, String itemId) {
        String sql = "SELECT choice_id, COUNT(DISTINCT response_id) FROM " + view
                + " WHERE consultation_id = ? AND question_id = ? AND choice_id IS NOT NULL"
                + (itemId == null ? "" : " AND item_id = ?") + " GROUP BY choice_id ORDER BY choice_id";
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                statement.setLong(1, consultationId);
                statement.setString(2, questionId);
                if (itemId != null) {
                    statement.setString(3, itemId);
                }
                Map<String, Long> counts = new LinkedHashMap<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        counts.put(result.getString(1), result.getLong(2));
                    }
                }
                return counts;
            } catch (SQLException e) {
                throw new IllegalStateException("Counting answers failed", e);
            }
        });
    }
}
