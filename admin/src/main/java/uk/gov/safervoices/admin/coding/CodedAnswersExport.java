package uk.gov.safervoices.admin.coding;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coded answers to one question as CSV (ADR 0023): one row per coded answer of an included response, oldest
 * first, with the response's reference, the question, the rank a ranking's "other" was given, the resident's words
 * and the codes, as names and as codes. Residents' words are personal data: the download is audited (how many
 * answers, never the words). Every cell a spreadsheet would read as a formula is written with a {@code '} before it.
 * Rows are streamed from the database to the writer.
 */
@Singleton
public class CodedAnswersExport {
    public static final List<String> HEADER = List.of("response", "question", "rank", "answer", "code_names",
            "codes");
    /** Between several codes of one answer, in the order they were given. */
    static final String BETWEEN = "; ";
    private static final String READ = "SELECT r.reference, a.rank_position, a.text_value, f.code"
            + " FROM response_answer a JOIN response r ON r.id = a.response_id"
            + " JOIN free_text_code f ON f.response_id = a.response_id AND f.question_id = a.question_id"
            + " WHERE r.consultation_id = ? AND r.questionnaire_version_id = ? AND r.status = 'SUBMITTED'"
            + " AND a.question_id = ? AND a.text_value IS NOT NULL ORDER BY a.response_id, f.id";

    private final ConnectionOperations<Connection> connections;
    private final AuditLog audit;

    CodedAnswersExport(ConnectionOperations<Connection> connections, AuditLog audit) {
        this.connections = connections;
        this.audit = audit;
    }

    /**
     * Writes the file (RFC 4180) to the writer, which is flushed, not closed. Audited before the first row.
     *
     * @param codebook the consultation's, for the codes' names
     * @return how many answers (rows) were written
     */
    public long writeCsv(String actor, FreeTextAnswers.Scope scope, Codebook codebook, Writer out) throws IOException {
        audit.record(actor, "coding.codes_exported", "consultation", scope.consultationId(), null,
                "questionnaire version " + scope.versionId() + ", question " + scope.questionId());
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get());
        try {
            long written = connections.executeRead(status -> read(status.getConnection(), scope, codebook, printer));
            printer.flush();
            return written;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private long read(Connection connection, FreeTextAnswers.Scope scope, Codebook codebook, CSVPrinter printer) {
        try (PreparedStatement statement = connection.prepareStatement(READ, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            String driver = connection.getMetaData().getDriverName();
            // Connector/J streams rows one by one only with this fetch size; H2 rejects it and spools to disk.
            statement.setFetchSize(driver != null && driver.toLowerCase(Locale.ROOT).contains("mysql")
                    ? Integer.MIN_VALUE : 500);
            statement.setLong(1, scope.consultationId());
            statement.setLong(2, scope.versionId());
            statement.setString(3, scope.questionId());
            long written = 0;
            Row current = null;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String reference = result.getString(1);
                    if (current == null || !current.reference.equals(reference)) {
                        written += write(printer, scope, codebook, current);
                        int rank = result.getInt(2);
                        current = new Row(reference, result.wasNull() ? null : rank, result.getString(3));
                    }
                    current.codes.add(result.getString(4));
                }
            }
            return written + write(printer, scope, codebook, current);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading coded answers failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Row {
        final String reference;
        final Integer rank;
        final String text;
        final List<String> codes = new ArrayList<>();

        Row(String reference, Integer rank, String text) {
            this.reference = reference;
            this.rank = rank;
            this.text = text;
        }
    }

    private static int write(CSVPrinter printer, FreeTextAnswers.Scope scope, Codebook codebook, Row row)
            throws IOException {
        if (row == null) {
            return 0;
        }
        List<String> names = row.codes.stream().map(c -> codebook.code(c).map(Codebook.Code::name).orElse(c))
                .toList();
        printer.printRecord(safe(row.reference), safe(scope.questionId()),
                row.rank == null ? "" : Integer.toString(row.rank), safe(row.text),
                safe(String.join(BETWEEN, names)), safe(String.join(BETWEEN, row.codes)));
        return 1;
    }

    /**
     * The cell as a spreadsheet will show it rather than run it: one starting with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return (OWASP's list) gets a {@code '} before it.
     */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
