package uk.gov.safervoices.admin.analysis;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.response.CodedAnswerBackfill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coded free-text answers of a consultation's included responses to one version (ADR 0023), each response with
 * the key it is counted under and its rankings, counted from its coded lines exactly as the cells count every
 * response ({@link Analyses.Counting}). Only coded responses are read: a few per cent of a consultation, so this
 * keeps O(coded answers), not O(responses).
 */
@Singleton
class CodedFreeText {
    private static final String READ = "SELECT f.response_id, f.question_id, f.code, r.channel, c.answers,"
            + " e.answers FROM free_text_code f JOIN response r ON r.id = f.response_id"
            + " LEFT JOIN response_coded_answers c ON c.response_id = r.id"
            + " LEFT JOIN response_equality_coded_answers e ON e.response_id = r.id"
            + " WHERE r.consultation_id = ? AND r.questionnaire_version_id = ? AND r.status = 'SUBMITTED'"
            + " ORDER BY f.response_id, f.id";

    private final ConnectionOperations<Connection> connections;
    private final CodedAnswerBackfill backfill;

    CodedFreeText(ConnectionOperations<Connection> connections, CodedAnswerBackfill backfill) {
        this.connections = connections;
        this.backfill = backfill;
    }

    /**
     * One coded response.
     *
     * @param key      its key in the cells (as {@link RawCells#respondents()} keys respondents)
     * @param rankings its rankings (as {@link RawCells#rankings()}, with a count of 1)
     * @param codes    question id to the codes its free text for that question has, in the order given
     */
    record CodedResponse(long responseId, List<String> key, List<RawCells.RankingCount> rankings,
                         Map<String, List<String>> codes) {
    }

    private static final class Read {
        String channel;
        String main;
        String equality;
        final Map<String, List<String>> codes = new LinkedHashMap<>();
    }

    List<CodedResponse> read(long consultationId, long versionId, Analyses.Counting counting) {
        Map<Long, Read> read = connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(READ)) {
                statement.setLong(1, consultationId);
                statement.setLong(2, versionId);
                Map<Long, Read> found = new LinkedHashMap<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        Read response = found.computeIfAbsent(row.getLong(1), id -> new Read());
                        response.codes.computeIfAbsent(row.getString(2), q -> new ArrayList<>()).add(row.getString(3));
                        response.channel = row.getString(4);
                        response.main = row.getString(5);
                        response.equality = row.getString(6);
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new IllegalStateException("Reading coded free text failed", e);
            }
        });
        List<Long> uncoded = read.entrySet().stream().filter(e -> e.getValue().main == null).map(Map.Entry::getKey)
                .toList();
        if (!uncoded.isEmpty()) {
            // Stored before coded lines existed: coded from their rows, as the cells' pass does.
            Map<Long, CodedAnswerBackfill.Lines> lines = backfill.code(counting.codes(), uncoded);
            uncoded.forEach(id -> {
                read.get(id).main = lines.get(id).main();
                read.get(id).equality = lines.get(id).equality();
            });
        }
        List<CodedResponse> coded = new ArrayList<>(read.size());
        read.forEach((id, response) -> {
            CodedAnswerCounts counter = counting.counter();
            counter.add(response.channel, response.main, response.equality == null ? "" : response.equality);
            RawCells one = counter.cells();
            coded.add(new CodedResponse(id, one.respondents().keySet().iterator().next(), one.rankings(),
                    response.codes));
        });
        return coded;
    }
}
