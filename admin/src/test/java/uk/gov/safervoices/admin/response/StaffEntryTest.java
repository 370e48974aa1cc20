package uk.gov.safervoices.admin.response;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.DatabaseRows;
import uk.gov.safervoices.admin.FullSurveyAnswers;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paper and meeting responses keyed in by staff: same engine checks, channel and "entered by" kept, audited. */
@MicronautTest(transactional = false)
class StaffEntryTest {
    @Inject StaffEntry staffEntry;
    @Inject ResponseStore store;
    @Inject AuditLog audit;
    @Inject DatabaseRows database;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;

    QuestionnaireVersion version;
    Consultation closed;

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("paper");
        version = questionnaires.publish(TestQuestionnaires.fullSurvey(key, "Paper"), key + ".yaml");
        Instant now = Instant.now();
        closed = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"), "Paper",
                "Forms by post", null, null, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(2)),
                List.of(version.questionnaireId())));
    }

    @Test
    void aPaperFormIsStoredWithItsChannelAndWhoEnteredItAndTheEntryIsAudited() {
        SubmissionOutcome outcome = staffEntry.enter("officer.jones", closed, version, Channel.PAPER, null,
                FullSurveyAnswers.complete());

        SubmissionOutcome.Accepted accepted = assertInstanceOf(SubmissionOutcome.Accepted.class, outcome,
                "a closed consultation still takes the forms that come back by post");
        ResponseRecord response = store.findByReference(accepted.reference()).orElseThrow();
        assertEquals(Channel.PAPER, response.channel());
        assertEquals("officer.jones", response.enteredBy());
        assertEquals(ResponseRecord.Status.SUBMITTED, response.status());
        List<AuditEvent> events = audit.about("response", accepted.reference());
        assertEquals(1, events.size());
        assertEquals("officer.jones", events.get(0).actor());
        assertEquals("response.entered", events.get(0).action());
        assertEquals("PAPER", events.get(0).afterValue());
    }

    @Test
    void equalityAnswersOnAPaperFormAreStoredApartFromTheMainAnswers() {
        var accepted = (SubmissionOutcome.Accepted) staffEntry.enter("officer", closed, version, Channel.MEETING,
                null, FullSurveyAnswers.complete());

        assertEquals(0, database.count("SELECT COUNT(*) FROM response_answer WHERE response_id = ? AND question_id IN "
                + "('age', 'sex', 'gender_identity')", accepted.responseId()));
        assertEquals(List.of("age", "gender_identity", "sex"), database.strings("SELECT question_id FROM "
                + "response_equality_answer WHERE response_id = ? ORDER BY question_id", accepted.responseId()));
        assertEquals(15, database.count("SELECT COUNT(*) FROM response_answer WHERE response_id = ?",
                accepted.responseId()), "every main answer row, in the main table");
    }

    @Test
    void theEngineChecksAPaperFormExactlyAsItChecksAnOnlineOne() {
        Map<String, List<String>> raw = new LinkedHashMap<>(FullSurveyAnswers.complete());
        raw.put("places", List.of("park", "nowhere"));
        raw.put("years_here", List.of("200"));

        SubmissionOutcome outcome = staffEntry.enter("officer", closed, version, Channel.PAPER, null, raw);

        SubmissionOutcome.Invalid invalid = assertInstanceOf(SubmissionOutcome.Invalid.class, outcome);
        assertTrue(invalid.check().errorFor("places").isPresent(), "an exclusive choice with another");
        assertTrue(invalid.check().errorFor("years_here").isPresent(), "above the maximum");
        assertEquals(0, store.countForConsultation(closed));
        assertEquals(0, database.count("SELECT COUNT(*) FROM audit_event WHERE action = 'response.entered' AND "
                + "subject_id IN (SELECT reference FROM response WHERE consultation_id = ?)", closed.id()));
    }

    @Test
    void aRepeatedEntryPostStoresTheFormOnceAndOnlineIsNotAStaffChannel() {
        String key = UUID.randomUUID().toString();
        var first = (SubmissionOutcome.Accepted) staffEntry.enter("officer", closed, version, Channel.PAPER, key,
                FullSurveyAnswers.complete());
        var again = (SubmissionOutcome.Accepted) staffEntry.enter("officer", closed, version, Channel.PAPER, key,
                FullSurveyAnswers.complete());

        assertEquals(first.reference(), again.reference());
        assertEquals(1, store.countForConsultation(closed));
        assertEquals(1, audit.about("response", first.reference()).size());
        assertThrows(IllegalArgumentException.class, () -> staffEntry.enter("officer", closed, version,
                Channel.ONLINE, null, FullSurveyAnswers.complete()));
        assertThrows(IllegalArgumentException.class, () -> staffEntry.enter(" ", closed, version,
                Channel.PAPER, null, FullSurveyAnswers.complete()));
        assertNull(store.findByReference(first.reference()).orElseThrow().statusReason());
    }
}
