package uk.gov.safervoices.admin.response;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Duplicate, spam and test responses: kept, with a reason, left out of analysis, restorable, audited. */
@MicronautTest(transactional = false)
class ResponseStatusesTest {
    @Inject ResponseStatuses statuses;
    @Inject ResponseStore store;
    @Inject AnswerCounts counts;
    @Inject AuditLog audit;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;

    Consultation consultation;
    QuestionnaireVersion version;
    long safe;
    long unsafe;
    long alsoUnsafe;

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("status");
        version = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "Statuses"), key + ".yaml");
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Statuses", "Marking responses", null, null, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(9)), List.of(version.questionnaireId())));
        safe = submit("very_safe");
        unsafe = submit("very_unsafe");
        alsoUnsafe = submit("very_unsafe");
    }

    private long submit(String answer) {
        var accepted = (SubmissionOutcome.Accepted) store.submit(new Submission(consultation, version,
                Channel.ONLINE, null, Map.of("safe_after_dark", List.of(answer), "day.estate", List.of(answer))));
        return accepted.responseId();
    }

    private Map<String, Long> afterDark() {
        return counts.choiceCounts(consultation.id(), "safe_after_dark", null);
    }

    @Test
    void aMarkedResponseIsKeptButLeftOutOfAnalysisUntilRestored() {
        assertEquals(Map.of("very_safe", 1L, "very_unsafe", 2L), afterDark());

        ResponseRecord marked = statuses.mark("officer", unsafe, ResponseRecord.Status.DUPLICATE,
                "  Same answers as SV-AAAA-BBBB, a minute apart ");

        assertEquals(ResponseRecord.Status.DUPLICATE, marked.status());
        assertEquals("Same answers as SV-AAAA-BBBB, a minute apart", marked.statusReason());
        assertEquals(Map.of("very_safe", 1L, "very_unsafe", 1L), afterDark());
        assertEquals(Map.of("very_unsafe", 1L, "very_safe", 1L),
                counts.choiceCounts(consultation.id(), "day", "estate"), "grid items too");
        assertEquals(2, counts.includedResponses(consultation.id()));
        assertEquals(3, store.countForConsultation(consultation), "kept in the database");
        assertEquals(2, store.answerRows(store.findByReference(marked.reference()).orElseThrow()).size(),
                "with its answers");

        ResponseRecord restored = statuses.restore("analyst", unsafe);

        assertEquals(ResponseRecord.Status.SUBMITTED, restored.status());
        assertNull(restored.statusReason());
        assertEquals(Map.of("very_safe", 1L, "very_unsafe", 2L), afterDark());
    }

    @Test
    void everyChangeIsAuditedWithTheStatusBeforeAndAfter() {
        ResponseRecord spam = statuses.mark("officer", safe, ResponseRecord.Status.SPAM, "Bot");
        statuses.mark("officer", safe, ResponseRecord.Status.TEST, "Our own test on launch day");
        statuses.restore("analyst", safe);
        statuses.restore("analyst", safe);

        List<AuditEvent> events = audit.about("response", spam.reference());
        assertEquals(List.of("response.status_changed", "response.status_changed", "response.status_changed"),
                events.stream().map(AuditEvent::action).toList(), "restoring an included response changes nothing");
        assertEquals(List.of("SUBMITTED", "SPAM: Bot", "TEST: Our own test on launch day"),
                events.stream().map(AuditEvent::beforeValue).toList());
        assertEquals(List.of("SPAM: Bot", "TEST: Our own test on launch day", "SUBMITTED"),
                events.stream().map(AuditEvent::afterValue).toList());
        assertEquals(List.of("officer", "officer", "analyst"), events.stream().map(AuditEvent::actor).toList());
    }

    @Test
    void aReasonIsRequiredAndIncludedIsNotAMark() {
        assertThrows(IllegalArgumentException.class,
                () -> statuses.mark("officer", alsoUnsafe, ResponseRecord.Status.SPAM, "   "));
        assertThrows(IllegalArgumentException.class,
                () -> statuses.mark("officer", alsoUnsafe, ResponseRecord.Status.SPAM, "x".repeat(501)));
        assertThrows(IllegalArgumentException.class,
                () -> statuses.mark("officer", alsoUnsafe, ResponseRecord.Status.SUBMITTED, "why"));
        assertThrows(IllegalArgumentException.class,
                () -> statuses.mark("officer", Long.MAX_VALUE, ResponseRecord.Status.SPAM, "gone"));
        assertEquals(ResponseRecord.Status.SUBMITTED, store.findByReference(store.reference(alsoUnsafe))
                .orElseThrow().status());
        assertTrue(audit.about("response", store.reference(alsoUnsafe)).isEmpty());
    }
}
