package uk.gov.safervoices.admin.export;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.definitions.model.AgeBand;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Section;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The only export of equality answers: counts of included responses per answer of each equality question, with no
 * reference, date, free text or any other answer beside them. A count from 1 to {@link #SMALLEST_SHOWN} - 1 is
 * suppressed (left empty, flagged), as the privacy notices promise never to report a group of fewer than 10.
 * Whole-number answers (age) are counted in the bands the questionnaire weights by.
 */
@Singleton
public class EqualitySummary {
    public static final int SMALLEST_SHOWN = 10;
    static final String NOT_ANSWERED = "not_answered";

    private final ConnectionOperations<Connection> connections;
    private final Questionnaires questionnaires;
    private final AuditLog audit;

    EqualitySummary(ConnectionOperations<Connection> connections, Questionnaires questionnaires, AuditLog audit) {
        this.connections = connections;
        this.questionnaires = questionnaires;
        this.audit = audit;
    }

    /** One counted answer: {@code count} is null when suppressed. */
    public record Cell(String questionId, String questionText, String code, String label, Long count,
                       boolean suppressed) {
    }

    public List<Cell> cells(Consultation consultation, QuestionnaireVersion version) {
        Questionnaire definition = questionnaires.definition(version);
        Counts counts = connections.executeRead(status -> {
            try {
                return Counts.read(status.getConnection(), consultation.id(), version.id());
            } catch (SQLException e) {
                throw new IllegalStateException("Counting equality answers failed", e);
            }
        });
        List<Cell> cells = new ArrayList<>();
        for (Section section : definition.sections()) {
            if (!section.equality()) {
                continue;
            }
            for (Question question : section.questions()) {
                Map<String, Long> byCode = counts.forQuestion(question);
                long answered = counts.answered.getOrDefault(question.id(), 0L);
                for (Map.Entry<String, String> code : codes(question).entrySet()) {
                    cells.add(cell(question, code.getKey(), code.getValue(), byCode.getOrDefault(code.getKey(), 0L)));
                }
                cells.add(cell(question, NOT_ANSWERED, "Not answered", counts.included - answered));
            }
        }
        return cells;
    }

    /** Writes the cells as CSV (question_id, question_text, code, label, responses, suppressed); audited. */
    public void writeCsv(String actor, Consultation consultation, QuestionnaireVersion version, Writer out)
            throws IOException {
        List<Cell> cells = cells(consultation, version);
        audit.record(actor, "equality.summary_exported", "consultation", consultation.id(), null,
                "questionnaire version " + version.id());
        CSVPrinter printer = new CSVPrinter(out, ResponseExport.FORMAT.builder()
                .setHeader("question_id", "question_text", "code", "label", "responses", "suppressed").get());
        for (Cell cell : cells) {
            printer.printRecord(cell.questionId(), cell.questionText(), cell.code(), cell.label(), cell.count(),
                    cell.suppressed() ? 1 : 0);
        }
        printer.flush();
    }

    private static Cell cell(Question question, String code, String label, long count) {
        boolean suppressed = count > 0 && count < SMALLEST_SHOWN;
        return new Cell(question.id(), question.text(), code, label, suppressed ? null : count, suppressed);
    }

    /** Code to label, in the question's order; bands for a banded whole number; prefer not to say last. */
    private static Map<String, String> codes(Question question) {
        Map<String, String> codes = new LinkedHashMap<>();
        if (question.type() == QuestionType.WHOLE_NUMBER) {
            if (question.weighting() != null) {
                question.weighting().bands().forEach(b -> codes.put(b.category(), b.category()));
            } else {
                codes.put("answered", "Answered");
            }
        } else {
            question.choices().forEach(c -> codes.put(c.id(), c.label()));
        }
        if (question.preferNotToSay()) {
            codes.put(Choice.PREFER_NOT_TO_SAY, "Prefer not to say");
        }
        return codes;
    }

    /** Counted in SQL over included responses only (the included_equality_answer view). */
    private static final class Counts {
        final Map<String, Map<String, Long>> byChoice = new HashMap<>();
        final Map<String, Map<Long, Long>> byNumber = new HashMap<>();
        final Map<String, Long> answered = new HashMap<>();
        long included;

        static Counts read(Connection connection, long consultationId, long versionId) throws SQLException {
            Counts counts = new Counts();
            String where = " FROM included_equality_answer WHERE consultation_id = ? AND questionnaire_version_id = ?";
            query(connection, "SELECT question_id, choice_id, COUNT(DISTINCT response_id)" + where
                    + " AND choice_id IS NOT NULL GROUP BY question_id, choice_id", consultationId, versionId,
                    r -> counts.byChoice.computeIfAbsent(r.getString(1), k -> new HashMap<>())
                            .put(r.getString(2), r.getLong(3)));
            query(connection, "SELECT question_id, number_value, COUNT(DISTINCT response_id)" + where
                    + " AND choice_id IS NULL AND number_value IS NOT NULL GROUP BY question_id, number_value",
                    consultationId, versionId, r -> counts.byNumber.computeIfAbsent(r.getString(1),
                            k -> new HashMap<>()).put(r.getLong(2), r.getLong(3)));
            query(connection, "SELECT question_id, COUNT(DISTINCT response_id)" + where + " GROUP BY question_id",
                    consultationId, versionId, r -> counts.answered.put(r.getString(1), r.getLong(2)));
            query(connection, "SELECT COUNT(*) FROM response WHERE consultation_id = ? AND questionnaire_version_id = ?"
                    + " AND status = 'SUBMITTED'", consultationId, versionId, r -> counts.included = r.getLong(1));
            return counts;
        }

        Map<String, Long> forQuestion(Question question) {
            Map<String, Long> byCode = new HashMap<>(byChoice.getOrDefault(question.id(), Map.of()));
            Map<Long, Long> numbers = byNumber.getOrDefault(question.id(), Map.of());
            for (Map.Entry<Long, Long> number : numbers.entrySet()) {
                String code = question.weighting() == null ? "answered"
                        : question.weighting().bands().stream().filter(b -> b.contains(number.getKey()))
                        .map(AgeBand::category).findFirst().orElse(null);
                if (code != null) {
                    byCode.merge(code, number.getValue(), Long::sum);
                }
            }
            return byCode;
        }

        private interface RowReader {
            void read(ResultSet row) throws SQLException;
        }

        private static void query(Connection connection, String sql, long consultationId, long versionId,
                                  RowReader reader) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, consultationId);
                statement.setLong(2, versionId);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        reader.read(result);
                    }
                }
            }
        }
    }
}
