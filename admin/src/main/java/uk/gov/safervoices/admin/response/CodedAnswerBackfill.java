package uk.gov.safervoices.admin.response;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the coded lines ({@link CodedAnswers}) of stored responses that have none: responses stored before the
 * lines existed, and those whose equality answers were moved to their own table at start-up. New responses get
 * theirs as they are written. Analysis calls this for the responses it found without lines as it read them.
 */
@Singleton
public class CodedAnswerBackfill {
    /** Responses coded per transaction. */
    static final int CHUNK = 500;

    private final ConnectionOperations<Connection> connections;
    private final ResponseWriter writer;

    CodedAnswerBackfill(ConnectionOperations<Connection> connections, ResponseWriter writer) {
        this.connections = connections;
        this.writer = writer;
    }

    /** A response's two coded lines: main answers and equality answers (each empty when it has none). */
    public record Lines(String main, String equality) {
    }

    /**
     * Codes these stored responses from their answer rows, writes their lines (a line already there is kept) and
     * returns them.
     *
     * @param codes how answers to the responses' questionnaire version are coded (they all answered that version)
     */
    public Map<Long, Lines> code(CodedAnswers codes, List<Long> responseIds) {
        Map<Long, Lines> coded = new HashMap<>();
        for (int from = 0; from < responseIds.size(); from += CHUNK) {
            List<Long> chunk = responseIds.subList(from, Math.min(responseIds.size(), from + CHUNK));
            Map<Long, List<AnswerRow>> main = rows(ResponseWriter.MAIN_TABLE, chunk);
            Map<Long, List<AnswerRow>> equality = rows(ResponseWriter.EQUALITY_TABLE, chunk);
            Map<Long, String> mainLines = new LinkedHashMap<>();
            Map<Long, String> equalityLines = new LinkedHashMap<>();
            for (Long responseId : chunk) {
                Lines lines = new Lines(codes.encode(main.getOrDefault(responseId, List.of())),
                        codes.encode(equality.getOrDefault(responseId, List.of())));
                mainLines.put(responseId, lines.main());
                equalityLines.put(responseId, lines.equality());
                coded.put(responseId, lines);
            }
            writer.writeCoded(mainLines, equalityLines);
        }
        return coded;
    }

    /** The coded answer rows of these responses in one of the two answer tables (a constant, never input). */
    private Map<Long, List<AnswerRow>> rows(String table, List<Long> responseIds) {
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("SELECT response_id,"
                    + " question_id, item_id, choice_id, rank_position, number_value FROM " + table
                    + " WHERE response_id IN (" + String.join(", ", Collections.nCopies(responseIds.size(), "?"))
                    + ") AND (choice_id IS NOT NULL OR number_value IS NOT NULL) ORDER BY response_id, id")) {
                for (int i = 0; i < responseIds.size(); i++) {
                    statement.setLong(i + 1, responseIds.get(i));
                }
                Map<Long, List<AnswerRow>> rows = new HashMap<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        int rank = result.getInt(5);
                        Integer rankPosition = result.wasNull() ? null : rank;
                        long number = result.getLong(6);
                        Long numberValue = result.wasNull() ? null : number;
                        rows.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(new AnswerRow(
                                result.getString(2), result.getString(3), result.getString(4), rankPosition,
                                numberValue, null, null));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("Reading answers to code them failed", e);
            }
        });
    }
}
