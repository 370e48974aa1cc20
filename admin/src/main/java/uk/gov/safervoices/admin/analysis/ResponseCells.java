package uk.gov.safervoices.admin.analysis;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.response.CodedAnswerBackfill;
import uk.gov.safervoices.admin.response.CodedAnswers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Counts a consultation's included responses to one questionnaire version by their key columns (weighting answers,
 * channel, an optional breakdown question) and by answer, in one streaming pass over each response's coded lines
 * (ADR 0017), counted on a second thread as they stream in: what it keeps and returns is O(cells), however many
 * responses there are. Reads only SUBMITTED responses. Equality answers are read only like this, into aggregate
 * counts (ADR 0009).
 */
@Singleton
class ResponseCells {
    private static final String READ_LINES = "SELECT r.id, r.channel, c.answers, e.answers FROM response r"
            + " LEFT JOIN response_coded_answers c ON c.response_id = r.id"
            + " LEFT JOIN response_equality_coded_answers e ON e.response_id = r.id"
            + " WHERE r.consultation_id = ? AND r.questionnaire_version_id = ? AND r.status = 'SUBMITTED'";

    private final ConnectionOperations<Connection> connections;
    private final CodedAnswerBackfill backfill;
    /** Threads that count lines while the request's thread reads them (CountingPipeline); idle ones end. */
    private final ExecutorService counting = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "analysis-counting");
        thread.setDaemon(true);
        return thread;
    });

    ResponseCells(ConnectionOperations<Connection> connections, CodedAnswerBackfill backfill) {
        this.connections = connections;
        this.backfill = backfill;
    }

    /** Which responses: one consultation's answers to one questionnaire version. */
    record Scope(long consultationId, long versionId) {
    }

    /**
     * @param codes                how answers to the version are coded
     * @param multiAnswerQuestions main-table questions (multiple choice, ranking) whose respondents must be counted
     *                             once each, not once per row
     * @param multiEqualityQuestions the same for equality questions
     * @param rankingPositions       main-table ranking questions whose whole rankings are counted, to how many
     *                               positions each ranks
     */
    RawCells count(Scope scope, CodedAnswers codes, List<KeyColumn> columns, Set<String> multiAnswerQuestions,
                   Set<String> multiEqualityQuestions, Map<String, Integer> rankingPositions) {
        CodedAnswerCounts counts = new CodedAnswerCounts(codes, columns, multiAnswerQuestions,
                multiEqualityQuestions, rankingPositions);
        Map<Long, String> uncoded;
        try (CountingPipeline pipeline = new CountingPipeline(counts, counting)) {
            uncoded = connections.executeRead(status -> read(status.getConnection(), scope, pipeline));
            pipeline.finish();
        }
        if (!uncoded.isEmpty()) {
            // Stored before coded lines existed, or moved at start-up: coded from their rows now, once.
            Map<Long, CodedAnswerBackfill.Lines> lines = backfill.code(codes, List.copyOf(uncoded.keySet()));
            uncoded.forEach((responseId, channel) -> {
                CodedAnswerBackfill.Lines coded = lines.get(responseId);
                counts.add(channel, coded.main(), coded.equality());
            });
        }
        return counts.cells();
    }

    /** Counts every included response that has its coded lines; returns those that have none, with their channel. */
    private static Map<Long, String> read(Connection connection, Scope scope, CountingPipeline counts) {
        Map<Long, String> uncoded = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(READ_LINES, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            if (isMySql(connection)) {
                // Connector/J streams rows one by one only with this fetch size; otherwise it reads them all first.
                statement.setFetchSize(Integer.MIN_VALUE);
            }
            statement.setLong(1, scope.consultationId());
            statement.setLong(2, scope.versionId());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String main = result.getString(3);
                    if (main == null) {
                        uncoded.put(result.getLong(1), result.getString(2));
                    } else {
                        String equality = result.getString(4);
                        counts.add(result.getString(2), main, equality == null ? "" : equality);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting responses for analysis failed", e);
        }
        return uncoded;
    }

    private static boolean isMySql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
