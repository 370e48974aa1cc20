package uk.gov.safervoices.admin.export;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.EqualityQuestions;
import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports the responses to one questionnaire version of a consultation as CSV, one row per response and one
 * column per question, grid item, rank position and multiple-choice option, in codes; with a codebook (JSON)
 * describing every column. Rows are streamed from the database straight to the writer, so memory stays flat
 * however many responses there are. Equality answers are never in this file (ADR 0009): see
 * {@link EqualitySummary}.
 */
@Singleton
public class ResponseExport {
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final ConnectionOperations<Connection> connections;
    private final Questionnaires questionnaires;
    private final Consultations consultations;
    private final DefinitionLibrary library;
    private final ObjectMapper json;
    private final AuditLog audit;

    ResponseExport(ConnectionOperations<Connection> connections, Questionnaires questionnaires,
                   Consultations consultations, DefinitionLibrary library, ObjectMapper json, AuditLog audit) {
        this.connections = connections;
        this.questionnaires = questionnaires;
        this.consultations = consultations;
        this.library = library;
        this.json = json;
        this.audit = audit;
    }

    /**
     * Writes the CSV file (UTF-8 text, RFC 4180: commas, double quotes, CRLF) to the writer, which is flushed, not
     * closed. Audited before the first row is written.
     *
     * @return how many responses (rows) were written
     */
    public long writeCsv(String actor, Consultation consultation, QuestionnaireVersion version, ExportScope scope,
                         Writer out) throws IOException {
        Questionnaire definition = definition(consultation, version);
        List<ExportColumn> columns = ExportColumns.of(definition);
        audit.record(actor, "responses.exported", "consultation", consultation.id(), null,
                "questionnaire version " + version.id() + ", " + scope);
        CSVPrinter printer = new CSVPrinter(out,
                FORMAT.builder().setHeader(columns.stream().map(ExportColumn::name).toArray(String[]::new)).get());
        List<String> cells = new ArrayList<>(columns.size());
        try {
            long written = connections.executeRead(status -> {
                try {
                    return ResponseCursor.forEach(status.getConnection(), consultation.id(), version.id(), scope,
                            response -> {
                                cells.clear();
                                Map<String, List<AnswerRow>> byQuestion = byQuestion(response.rows());
                                for (ExportColumn column : columns) {
                                    cells.add(cell(column, response, version, byQuestion));
                                }
                                printer.printRecord(cells);
                            });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (Exception e) {
                    throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                }
            });
            printer.flush();
            return written;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The codebook of the file {@link #writeCsv} writes for the same arguments. */
    public Codebook codebook(Consultation consultation, QuestionnaireVersion version, ExportScope scope) {
        Questionnaire definition = definition(consultation, version);
        List<Codebook.Column> columns = ExportColumns.of(definition).stream()
                .map(column -> CodebookColumns.describe(column, library.lookups())).toList();
        List<String> excluded = definition.questions().stream().map(q -> q.id())
                .filter(EqualityQuestions.ids(definition)::contains).toList();
        return new Codebook(consultation.slug(), consultation.title(), definition.id(), definition.title(),
                version.versionNumber(), scope, notes(scope, excluded), excluded, columns);
    }

    /** Writes the codebook as JSON; the writer is flushed, not closed. */
    public void writeCodebook(Codebook codebook, Writer out) throws IOException {
        out.write(json.writeValueAsString(codebook));
        out.flush();
    }

    private static List<String> notes(ExportScope scope, List<String> excluded) {
        List<String> notes = new ArrayList<>();
        notes.add("One row per response, oldest first; UTF-8, RFC 4180 (comma separated, double quotes, CRLF).");
        notes.add(scope == ExportScope.INCLUDED
                ? "Only responses counted in analysis (status SUBMITTED) are included."
                : "Every response is included; only those with status SUBMITTED are counted in analysis.");
        notes.add("Answers are codes; the codes of each column and their labels are listed under columns.");
        notes.add("An empty cell means the question was not answered, or not shown to the resident.");
        if (!excluded.isEmpty()) {
            notes.add("The equality questions (" + String.join(", ", excluded) + ") are not in this file: they are "
                    + "special category data, kept apart and used only in aggregate (the equality summary).");
        }
        notes.add("Free text is as the resident gave it. It may start with =, +, - or @: import the file as text "
                + "rather than opening it directly, so that a spreadsheet does not read it as a formula.");
        return notes;
    }

    private Questionnaire definition(Consultation consultation, QuestionnaireVersion version) {
        if (!consultations.questionnaireIds(consultation).contains(version.questionnaireId())) {
            throw new IllegalArgumentException("Consultation " + consultation.slug()
                    + " does not run questionnaire version " + version.id());
        }
        return questionnaires.definition(version);
    }

    private static Map<String, List<AnswerRow>> byQuestion(List<AnswerRow> rows) {
        Map<String, List<AnswerRow>> byQuestion = new HashMap<>();
        for (AnswerRow row : rows) {
            byQuestion.computeIfAbsent(row.questionId(), k -> new ArrayList<>()).add(row);
        }
        return byQuestion;
    }

    private static String cell(ExportColumn column, ResponseCursor.ResponseRows response, QuestionnaireVersion version,
                               Map<String, List<AnswerRow>> byQuestion) {
        return switch (column.kind()) {
            case REFERENCE -> response.reference();
            case SUBMITTED_AT -> response.submittedAt().toString();
            case CHANNEL -> response.channel();
            case STATUS -> response.status();
            case VERSION -> Integer.toString(version.versionNumber());
            default -> ExportColumns.value(column, byQuestion.getOrDefault(column.question().id(), List.of()));
        };
    }
}
