package uk.gov.safervoices.admin.export;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.gov.safervoices.admin.FullSurveyAnswers;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.EqualityQuestions;
import uk.gov.safervoices.definitions.answers.AnswerChecker;
import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.answers.AnswerRows;
import uk.gov.safervoices.definitions.answers.CheckResult;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Opt-in check that the export's memory stays flat: writes N responses (checked by the engine, inserted in bulk)
 * and exports them to a writer that keeps nothing, under a small heap. Not part of the normal run. On MariaDB:
 * <pre>
 * DATASOURCES_DEFAULT_URL=jdbc:mysql://127.0.0.1:3306/db DATASOURCES_DEFAULT_USERNAME=... \
 * mvn -o -q -pl admin -am test -Dtest=LargeExportCheck -Dsv.export.large=100000 -DargLine=-Xmx128m \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Without streaming, Connector/J would hold every row of the result (about ten per response) in the heap. Seen on
 * 2026-11-26 with 100,000 responses (about a million answer rows, 14 MB of CSV) and -Xmx96m: MariaDB 10.11 3.0 s,
 * H2 file database 13.7 s; with the fetch size set to 0 instead (no streaming) MariaDB ran out of heap.
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "sv.export.large", matches = "\\d+")
class LargeExportCheck {
    @Inject ResponseExport export;
    @Inject ConnectionOperations<Connection> connections;
    @Inject AnswerChecker checker;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;

    @Test
    void exportingManyResponsesKeepsMemoryFlat() throws Exception {
        int responses = Integer.parseInt(System.getProperty("sv.export.large"));
        String key = TestQuestionnaires.uniqueKey("large");
        QuestionnaireVersion version = questionnaires.publish(TestQuestionnaires.fullSurvey(key, "Large"), key + ".yaml");
        Questionnaire definition = questionnaires.definition(version);
        Instant now = Instant.now();
        Consultation consultation = consultations.create(new Consultations.NewConsultation(
                TestQuestionnaires.uniqueKey("c"), "Large", "Many responses", null, null, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(9)), List.of(version.questionnaireId())));
        insert(consultation, version, definition, responses);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        CountingWriter out = new CountingWriter();

        long written = export.writeCsv("analyst", consultation, version, ExportScope.ALL, out);

        assertEquals(responses, written);
        assertEquals(responses + 1, out.lines);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("Exported %d responses, %d MB of CSV, in %d ms; heap peak during export %d MB of %d MB%n",
                written, out.chars / 1_000_000, (System.nanoTime() - start) / 1_000_000, peak / 1_000_000,
                Runtime.getRuntime().maxMemory() / 1_000_000);
    }

    private void insert(Consultation consultation, QuestionnaireVersion version, Questionnaire definition, int count) {
        Set<String> equality = EqualityQuestions.ids(definition);
        Random random = new Random(7);
        connections.executeWrite(status -> {
            try {
                Connection connection = status.getConnection();
                long base;
                try (Statement statement = connection.createStatement();
                     ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM response")) {
                    max.next();
                    base = max.getLong(1) + 1;
                }
                List<String> responseValues = new ArrayList<>();
                List<String> answerValues = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    long id = base + i;
                    responseValues.add("(" + id + ", 'LG-" + id + "', " + consultation.id() + ", " + version.id()
                            + ", 'ONLINE', 'SUBMITTED', CURRENT_TIMESTAMP)");
                    CheckResult check = checker.check(definition, FullSurveyAnswers.random(random));
                    for (AnswerRow row : AnswerRows.toRows(definition, check.answers())) {
                        if (!equality.contains(row.questionId())) {
                            answerValues.add("(" + id + ", " + literal(row.questionId()) + ", " + literal(row.itemId())
                                    + ", " + literal(row.choiceId()) + ", " + row.rank() + ", " + row.number() + ", "
                                    + literal(row.text()) + ", " + (row.date() == null ? "NULL" : "'" + row.date() + "'")
                                    + ")");
                        }
                    }
                    if (responseValues.size() == 500 || i == count - 1) {
                        flush(connection, "INSERT INTO response (id, reference, consultation_id, "
                                + "questionnaire_version_id, channel, status, submitted_at) VALUES ", responseValues);
                        flush(connection, "INSERT INTO response_answer (response_id, question_id, item_id, choice_id, "
                                + "rank_position, number_value, text_value, date_value) VALUES ", answerValues);
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void flush(Connection connection, String insert, List<String> values) throws SQLException {
        if (!values.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(insert + String.join(", ", values))) {
                statement.executeUpdate();
            }
            values.clear();
        }
    }

    private static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    /** Keeps nothing: counts characters and line ends (CRLF) only. */
    private static final class CountingWriter extends Writer {
        long chars;
        long lines;
        private boolean quoted;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = buffer[i];
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted && i > offset && buffer[i - 1] == '\r') {
                    lines++;
                } else if (c == '\n' && !quoted && i == offset) {
                    lines++;
                }
            }
            chars += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
