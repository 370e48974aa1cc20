package uk.gov.safervoices.admin.export;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.FullSurveyAnswers;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.EqualityQuestions;
import uk.gov.safervoices.admin.response.FreeText;
import uk.gov.safervoices.admin.response.Redactions;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStatuses;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.StaffEntry;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.answers.AnswerRows;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV export and its codebook, checked by reading the file back to the answers the database holds. */
@MicronautTest(transactional = false)
class ResponseExportTest {
    private static final int RESPONSES = 2_500;

    @Inject ResponseExport export;
    @Inject ResponseStore store;
    @Inject StaffEntry staffEntry;
    @Inject ResponseStatuses statuses;
    @Inject Redactions redactions;
    @Inject AuditLog audit;
    @Inject ObjectMapper json;
    @Inject ConnectionOperations<Connection> connections;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;

    Consultation consultation;
    QuestionnaireVersion version;
    Questionnaire definition;

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("export");
        version = questionnaires.publish(TestQuestionnaires.fullSurvey(key, "Export"), key + ".yaml");
        definition = questionnaires.definition(version);
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Export", "Exports", null, null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)),
                List.of(version.questionnaireId())));
    }

    private SubmissionOutcome.Accepted submit(Channel channel, Map<String, List<String>> raw) {
        SubmissionOutcome outcome = channel == Channel.ONLINE
                ? store.submit(new Submission(consultation, version, channel, null, raw))
                : staffEntry.enter("officer", consultation, version, channel, null, raw);
        return assertInstanceOf(SubmissionOutcome.Accepted.class, outcome, () -> raw + " -> " + outcome);
    }

    private static List<CSVRecord> parse(Reader reader) throws IOException {
        return CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                .getRecords();
    }

    private static List<String> header(String csv) throws IOException {
        return CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get()).getHeaderNames();
    }

    private List<String> storedMainRows(String reference) {
        Set<String> equality = EqualityQuestions.ids(definition);
        return store.answerRows(store.findByReference(reference).orElseThrow()).stream()
                .filter(row -> !equality.contains(row.questionId())).map(AnswerRow::toString).sorted().toList();
    }

    @Test
    void thousandsOfResponsesExportOneRowEachThatReadBackExactlyToTheStoredCodedAnswers() throws IOException {
        Random random = new Random(20311);
        Set<String> spam = new HashSet<>();
        Channel[] channels = {Channel.ONLINE, Channel.ONLINE, Channel.ONLINE, Channel.PAPER, Channel.MEETING};
        for (int i = 0; i < RESPONSES; i++) {
            SubmissionOutcome.Accepted accepted = submit(channels[i % channels.length], FullSurveyAnswers.random(random));
            if (i % 97 == 0) {
                statuses.mark("officer", accepted.responseId(), ResponseRecord.Status.SPAM, "Test data");
                spam.add(accepted.reference());
            }
        }
        Path file = Files.createTempFile("export", ".csv");
        try {
            long written;
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                written = export.writeCsv("analyst", consultation, version, ExportScope.ALL, out);
            }
            Codebook codebook = export.codebook(consultation, version, ExportScope.ALL);

            List<CSVRecord> records;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                records = parse(in);
            }
            assertEquals(RESPONSES, written);
            assertEquals(RESPONSES, records.size());
            assertEquals(codebook.columns().stream().map(Codebook.Column::name).toList(),
                    header(Files.readString(file)), "one codebook entry per column, in file order");
            Set<String> references = new HashSet<>();
            int checked = 0;
            for (CSVRecord record : records) {
                String reference = record.get("reference");
                assertTrue(references.add(reference), "one row per response");
                ResponseRecord stored = store.findByReference(reference).orElseThrow();
                assertEquals(stored.submittedAt().toString(), record.get("submitted_at"));
                assertEquals(stored.channel().name(), record.get("channel"));
                assertEquals(stored.status().name(), record.get("status"));
                assertEquals(spam.contains(reference) ? "SPAM" : "SUBMITTED", record.get("status"));
                assertEquals(Integer.toString(version.versionNumber()), record.get("questionnaire_version"));
                List<String> readBack = AnswerRows.toRows(definition, ExportedAnswers.read(record, codebook, definition))
                        .stream().map(AnswerRow::toString).sorted().toList();
                assertEquals(storedMainRows(reference), readBack, "response " + reference);
                checked++;
            }
            assertEquals(RESPONSES, checked);

            StringWriter included = new StringWriter();
            long includedRows = export.writeCsv("analyst", consultation, version, ExportScope.INCLUDED, included);
            assertEquals(RESPONSES - spam.size(), includedRows);
            List<CSVRecord> includedRecords = parse(new StringReader(included.toString()));
            assertEquals(RESPONSES - spam.size(), includedRecords.size());
            assertTrue(includedRecords.stream().noneMatch(r -> spam.contains(r.get("reference"))));
            assertEquals(2, audit.about("consultation", consultation.id()).stream()
                    .filter(e -> e.action().equals("responses.exported") && e.actor().equals("analyst")).count());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theCodebookDescribesEveryColumnWithItsQuestionPartAndCodesAndLeavesOutEqualityQuestions() throws IOException {
        Codebook codebook = export.codebook(consultation, version, ExportScope.INCLUDED);

        List<String> names = codebook.columns().stream().map(Codebook.Column::name).toList();
        assertEquals(List.of("reference", "submitted_at", "channel", "status", "questionnaire_version",
                "live_or_work", "live_or_work.specify", "home_area", "years_here", "years_here.prefer_not_to_say",
                "safe_after_dark", "places.park", "places.station", "places.elsewhere", "places.nowhere",
                "places.prefer_not_to_say", "places.specify", "day.high_street", "day.estate", "victim",
                "incident_date", "incident_place", "top.1", "top.2", "top.3", "top.specify", "comments"), names);
        assertEquals(List.of("age", "sex", "gender_identity"), codebook.excludedQuestions());
        assertTrue(codebook.notes().stream().anyMatch(n -> n.contains("equality questions (age, sex, gender_identity)")));

        Codebook.Column afterDark = column(codebook, "safe_after_dark");
        assertEquals("code", afterDark.kind());
        assertEquals("How safe do you feel walking alone in this area after dark?", afterDark.questionText());
        assertEquals("scale", afterDark.questionType());
        assertEquals(new Codebook.Code("very_safe", "Very safe", 4), afterDark.codes().get(0));
        assertEquals(new Codebook.Code("dont_know", "Don't know", null), afterDark.codes().get(4));
        Codebook.Column estate = column(codebook, "day.estate");
        assertEquals("item", estate.kind());
        assertEquals("estate", estate.itemId());
        assertEquals("Your estate", estate.itemLabel());
        Codebook.Column second = column(codebook, "top.2");
        assertEquals(2, second.rank());
        assertEquals(List.of("burglary", "asb", "speeding", "other"),
                second.codes().stream().map(Codebook.Code::code).toList());
        Codebook.Column station = column(codebook, "places.station");
        assertEquals("option", station.kind());
        assertEquals("The station", station.optionLabel());
        assertEquals(List.of("1", "0"), station.codes().stream().map(Codebook.Code::code).toList());
        assertEquals(new Codebook.Code("E05099001", "Abbey", null), column(codebook, "home_area").codes().get(0));
        assertEquals("Prefer not to say", column(codebook, "places.prefer_not_to_say").optionLabel());
        assertTrue(codebook.columns().stream().allMatch(c -> !c.values().isBlank()), "every column says what it holds");

        StringWriter written = new StringWriter();
        export.writeCodebook(codebook, written);
        assertEquals(codebook, json.readValue(written.toString(), Codebook.class), "the JSON reads back whole");
    }

    @Test
    void freeTextIsExportedAsGivenOrRedactedAndEqualityAnswersAreNeverInTheFile() throws IOException {
        SubmissionOutcome.Accepted redacted = submit(Channel.PAPER, FullSurveyAnswers.complete());
        SubmissionOutcome.Accepted kept = submit(Channel.ONLINE, FullSurveyAnswers.complete());
        redactions.redact("officer", redacted.responseId(), "comments");

        StringWriter csv = new StringWriter();
        export.writeCsv("analyst", consultation, version, ExportScope.INCLUDED, csv);

        List<CSVRecord> records = parse(new StringReader(csv.toString()));
        CSVRecord first = records.stream().filter(r -> r.get("reference").equals(redacted.reference())).findFirst()
                .orElseThrow();
        CSVRecord second = records.stream().filter(r -> r.get("reference").equals(kept.reference())).findFirst()
                .orElseThrow();
        assertEquals(FreeText.REDACTED, first.get("comments"));
        assertEquals("My neighbour John Smith at 4 High Street deals drugs.", second.get("comments"));
        assertEquals("E-scooters on pavements", second.get("top.specify"));
        assertEquals("other", second.get("top.2"));
        assertEquals("1", second.get("places.elsewhere"));
        assertEquals("0", second.get("places.station"));
        assertEquals("0", second.get("places.prefer_not_to_say"));
        assertEquals("E05099001", second.get("home_area"));
        assertEquals("2024-02-03", second.get("incident_date"));
        assertFalse(csv.toString().contains("Non-binary"), "equality 'please say' text");
        assertFalse(header(csv.toString()).stream().anyMatch(name -> name.startsWith("age")
                || name.startsWith("sex") || name.startsWith("gender_identity")));
    }

    @Test
    void onMySqlAndMariaDbTheExportQueryStreamsRowByRow() {
        connections.executeRead(status -> {
            try {
                Connection connection = status.getConnection();
                boolean mysql = connection.getMetaData().getURL().startsWith("jdbc:mysql:");
                assertEquals(mysql ? Integer.MIN_VALUE : 500, ResponseCursor.streamingFetchSize(connection),
                        connection.getMetaData().getDriverName());
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Codebook.Column column(Codebook codebook, String name) {
        return codebook.columns().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name));
    }
}
