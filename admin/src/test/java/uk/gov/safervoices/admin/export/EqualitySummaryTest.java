package uk.gov.safervoices.admin.export;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStatuses;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Equality answers leave the system only as counts of included responses, small counts suppressed. */
@MicronautTest(transactional = false)
class EqualitySummaryTest {
    @Inject EqualitySummary summary;
    @Inject ResponseStore store;
    @Inject ResponseStatuses statuses;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;

    Consultation consultation;
    QuestionnaireVersion version;

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("summary");
        version = questionnaires.publish(TestQuestionnaires.fullSurvey(key, "Summary"), key + ".yaml");
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Summary", "Equality summary", null, null, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(9)), List.of(version.questionnaireId())));
    }

    private long submit(Map<String, List<String>> raw) {
        Map<String, List<String>> all = new HashMap<>(raw);
        all.put("safe_after_dark", List.of("very_safe"));
        return ((SubmissionOutcome.Accepted) store.submit(new Submission(consultation, version, Channel.ONLINE, null,
                all))).responseId();
    }

    @Test
    void countsIncludedResponsesPerAnswerAndSuppressesGroupsSmallerThanTen() throws IOException {
        long spam = 0;
        for (int i = 0; i < 12; i++) {
            spam = submit(Map.of("sex", List.of("female"), "age", List.of(Integer.toString(20 + i))));
        }
        statuses.mark("officer", spam, ResponseRecord.Status.SPAM, "Test");
        for (int i = 0; i < 3; i++) {
            submit(Map.of("sex", List.of("male")));
        }
        submit(Map.of("sex", List.of("prefer_not_to_say")));
        submit(Map.of());
        submit(Map.of());

        Map<String, EqualitySummary.Cell> cells = summary.cells(consultation, version).stream()
                .collect(Collectors.toMap(c -> c.questionId() + "/" + c.code(), c -> c));

        assertEquals(11L, cells.get("sex/female").count());
        assertEquals(null, cells.get("sex/male").count());
        assertEquals(true, cells.get("sex/male").suppressed());
        assertEquals(true, cells.get("sex/prefer_not_to_say").suppressed());
        assertEquals(true, cells.get("sex/not_answered").suppressed(), "17 included, 15 answered");
        assertEquals(11L, cells.get("age/answered").count());
        assertEquals(0L, cells.get("age/prefer_not_to_say").count(), "zero is not a small group");
        assertEquals(true, cells.get("age/not_answered").suppressed());
        assertEquals(17L, cells.get("gender_identity/not_answered").count());
        assertEquals(0L, cells.get("gender_identity/no").count());

        StringWriter csv = new StringWriter();
        summary.writeCsv("analyst", consultation, version, csv);
        CSVParser parser = CSVParser.parse(new StringReader(csv.toString()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
        List<CSVRecord> records = parser.getRecords();
        assertEquals(List.of("question_id", "question_text", "code", "label", "responses", "suppressed"),
                parser.getHeaderNames(), "counts only: no reference, date or other answer");
        assertEquals(cells.size(), records.size());
        CSVRecord male = records.stream().filter(r -> r.get("question_id").equals("sex") && r.get("code").equals("male"))
                .findFirst().orElseThrow();
        assertEquals("", male.get("responses"));
        assertEquals("1", male.get("suppressed"));
    }
}
