package uk.gov.safervoices.admin.consultation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.draft.Drafts;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Database tests of scheduling a consultation: run on H2, and in CI on MySQL/MariaDB. */
@MicronautTest(transactional = false)
class ConsultationScheduleTest {
    @Inject ConsultationSchedule schedule;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject ResponseStore responses;
    @Inject Drafts drafts;
    @Inject AuditLog audit;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private QuestionnaireVersion version;
    private Consultation consultation;

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("schedule");
        version = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "Schedule"), key + ".yaml");
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"), "T",
                "S", null, null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)),
                List.of(version.questionnaireId())));
    }

    @Test
    void aConsultationMustCloseAfterItOpens() {
        assertThrows(ScheduleException.class, () -> schedule.reschedule("alice", consultation.id(), now, now, null));
        assertThrows(ScheduleException.class, () -> schedule.reschedule("alice", consultation.id(),
                now, now.minus(Duration.ofDays(1)), null));
        assertEquals(consultation.closesAt(), consultations.bySlug(consultation.slug()).orElseThrow().closesAt());
    }

    @Test
    void newDatesAreAuditedAndResidentsUnfinishedAnswersLastUntilTheNewClose() {
        var draft = drafts.create(consultation, version, null);
        Instant closes = now.plus(Duration.ofDays(40));

        Consultation moved = schedule.reschedule("alice", consultation.id(), now.minus(Duration.ofDays(2)), closes,
                null);

        assertEquals(closes, moved.closesAt());
        assertEquals(closes, drafts.findByToken(draft.token()).orElseThrow().expiresAt());
        AuditEvent event = last(consultation.id());
        assertEquals("alice", event.actor());
        assertEquals("consultation.rescheduled", event.action());
        assertTrue(event.afterValue().contains(closes.toString()), event::afterValue);
    }

    @Test
    void withResponsesTheDatesMustCoverThemAndTheChangeNeedsAReasonWhichIsAudited() {
        assertInstanceOf(SubmissionOutcome.Accepted.class, responses.submit(new Submission(consultation, version,
                Channel.ONLINE, null, Map.of("safe_after_dark", List.of("very_safe")))));

        assertThrows(ScheduleException.class, () -> schedule.reschedule("bob", consultation.id(),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(20)), "Late start"),
                "a response came before that opening");
        assertThrows(ScheduleException.class, () -> schedule.reschedule("bob", consultation.id(),
                now.minus(Duration.ofDays(1)), now.minus(Duration.ofHours(1)), "Early close"),
                "a response came after that close");
        assertThrows(ScheduleException.class, () -> schedule.reschedule("bob", consultation.id(),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(20)), " "), "no reason");

        schedule.reschedule("bob", consultation.id(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(20)),
                "Extended for the summer fair");

        AuditEvent event = last(consultation.id());
        assertEquals("bob", event.actor());
        assertEquals("consultation.rescheduled-with-responses", event.action());
        assertTrue(event.afterValue().contains("1 responses; reason: Extended for the summer fair"),
                event::afterValue);
        assertTrue(event.beforeValue().contains(consultation.closesAt().toString()), event::beforeValue);
    }

    private AuditEvent last(long consultationId) {
        List<AuditEvent> events = audit.about("consultation", consultationId);
        return events.get(events.size() - 1);
    }
}
