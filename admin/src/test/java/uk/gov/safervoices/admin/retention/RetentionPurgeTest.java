package uk.gov.safervoices.admin.retention;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.DatabaseRows;
import uk.gov.safervoices.admin.FullSurveyAnswers;
import uk.gov.safervoices.admin.SettableClock;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.draft.Drafts;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.FreeText;
import uk.gov.safervoices.admin.response.Redactions;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.StaffEntry;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retention period per consultation, and the daily purge after it, on a clock the test moves. */
@MicronautTest(transactional = false)
@Property(name = "safervoices.test.clock", value = "2030-01-10T12:00:00Z")
@Property(name = "safervoices.retention.purge-enabled", value = "false")
class RetentionPurgeTest {
    private static final Instant START = Instant.parse("2030-01-10T12:00:00Z");
    private static final Instant CLOSES = Instant.parse("2030-02-01T00:00:00Z");

    @Inject RetentionPolicy policy;
    @Inject RetentionPurge purge;
    @Inject ResponseStore store;
    @Inject StaffEntry staffEntry;
    @Inject Redactions redactions;
    @Inject Drafts drafts;
    @Inject AuditLog audit;
    @Inject DatabaseRows database;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;
    @Inject SettableClock clock;

    QuestionnaireVersion version;
    Consultation consultation;
    Consultation later;
    long responseId;
    long redactedId;
    long laterResponseId;

    @BeforeEach
    void setUp() {
        clock.set(START);
        String key = TestQuestionnaires.uniqueKey("retention");
        version = questionnaires.publish(TestQuestionnaires.fullSurvey(key, "Retention"), key + ".yaml");
        consultation = create(CLOSES);
        later = create(CLOSES.plus(Duration.ofDays(365)));
        responseId = submit(consultation);
        redactedId = submit(consultation);
        redactions.redact("officer", redactedId, "comments");
        laterResponseId = submit(later);
        drafts.create(consultation, version, null);
    }

    private Consultation create(Instant closes) {
        return consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"), "Retention",
                "Keeping answers", null, null, START.minus(Duration.ofDays(1)), closes,
                List.of(version.questionnaireId())));
    }

    private long submit(Consultation to) {
        return ((SubmissionOutcome.Accepted) store.submit(new Submission(to, version, Channel.ONLINE, null,
                FullSurveyAnswers.complete()))).responseId();
    }

    private List<AnswerRow> rows(long id) {
        return store.answerRows(store.findByReference(store.reference(id)).orElseThrow());
    }

    private static List<AnswerRow> withoutText(List<AnswerRow> rows) {
        return rows.stream().map(r -> new AnswerRow(r.questionId(), r.itemId(), r.choiceId(), r.rank(), r.number(),
                null, r.date())).toList();
    }

    private List<String> purgeAudit(Consultation c) {
        return audit.about("consultation", c.id()).stream().filter(e -> e.action().equals("retention.purged"))
                .map(AuditEvent::afterValue).toList();
    }

    @Test
    void aNewConsultationKeepsFreeTextForThirtySixMonthsAfterItCloses() {
        RetentionPolicy.Retention retention = policy.of(consultation);

        assertEquals(36, retention.months());
        assertEquals(Instant.parse("2033-02-01T00:00:00Z"), retention.purgeAt());
    }

    @Test
    void afterTheRetentionPeriodFreeTextAndDraftsGoAndEveryCodedAnswerStays() {
        List<AnswerRow> before = rows(responseId);
        List<AnswerRow> laterBefore = rows(laterResponseId);
        clock.set(Instant.parse("2033-01-31T23:59:59Z"));
        assertTrue(purge.purgeDue().stream().noneMatch(p -> p.consultationId() == consultation.id()),
                "a second before the end of the period nothing happens");
        assertEquals(before, rows(responseId));

        clock.set(Instant.parse("2033-02-01T00:00:00Z"));
        List<RetentionPurge.Purged> purged = purge.purgeDue().stream()
                .filter(p -> p.consultationId() == consultation.id()).toList();

        List<AnswerRow> after = rows(responseId);
        assertEquals(withoutText(before), withoutText(after), "every code, number, date, item and rank kept");
        List<String> texts = after.stream().map(AnswerRow::text).filter(t -> t != null).distinct().toList();
        assertEquals(List.of(FreeText.REMOVED), texts, "text answers, 'please say' and equality 'please describe'");
        assertEquals(List.of(FreeText.REDACTED), rows(redactedId).stream().filter(r -> r.questionId().equals("comments"))
                .map(AnswerRow::text).toList(), "redacted text stays marked as redacted");
        assertEquals(0, database.count("SELECT COUNT(*) FROM response_draft WHERE consultation_id = ?", consultation.id()));
        assertEquals(1, purged.size());
        // per response: places.specify, incident_place, top.specify, comments and the equality description
        // gender_identity.specify; two responses, less the comment already redacted
        assertEquals(9, purged.get(0).freeTextRemoved());
        assertEquals(1, purged.get(0).draftsDeleted());
        assertEquals(List.of("9 free-text answers removed, 1 drafts deleted"), purgeAudit(consultation));
        assertEquals("system", audit.about("consultation", consultation.id()).stream()
                .filter(e -> e.action().equals("retention.purged")).findFirst().orElseThrow().actor());
        assertEquals(laterBefore, rows(laterResponseId), "a consultation still in its period is untouched");
        assertEquals(0, database.placesHolding("John Smith", responseId));
    }

    @Test
    void thePurgeIsIdempotentAndCatchesPaperResponsesEnteredAfterIt() {
        clock.set(Instant.parse("2033-06-01T00:00:00Z"));
        purge.purgeDue();
        assertEquals(1, purgeAudit(consultation).size());

        clock.advance(Duration.ofDays(1));
        assertTrue(purge.purgeDue().stream().noneMatch(p -> p.consultationId() == consultation.id()));
        assertEquals(1, purgeAudit(consultation).size(), "nothing left, nothing recorded");

        var paper = (SubmissionOutcome.Accepted) staffEntry.enter("officer", consultation, version, Channel.PAPER,
                null, FullSurveyAnswers.complete());
        clock.advance(Duration.ofDays(1));
        purge.purgeDue();
        assertTrue(rows(paper.responseId()).stream().map(AnswerRow::text).filter(t -> t != null)
                .allMatch(FreeText.REMOVED::equals));
        assertEquals(2, purgeAudit(consultation).size());
    }

    @Test
    void theRetentionPeriodCanBeChangedWithinLimitsAndTheChangeIsAudited() {
        RetentionPolicy.Retention changed = policy.setMonths("dpo", consultation, 12);

        assertEquals(12, changed.months());
        assertEquals(Instant.parse("2031-02-01T00:00:00Z"), changed.purgeAt());
        AuditEvent event = audit.about("consultation", consultation.id()).stream()
                .filter(e -> e.action().equals("retention.changed")).findFirst().orElseThrow();
        assertEquals("dpo", event.actor());
        assertEquals("36 months", event.beforeValue());
        assertEquals("12 months", event.afterValue());
        assertThrows(IllegalArgumentException.class, () -> policy.setMonths("dpo", consultation, 0));
        assertThrows(IllegalArgumentException.class, () -> policy.setMonths("dpo", consultation, 121));

        clock.set(Instant.parse("2031-02-01T00:00:00Z"));
        assertEquals(List.of(consultation.id()), purge.purgeDue().stream().map(RetentionPurge.Purged::consultationId)
                .filter(id -> id == consultation.id() || id == later.id()).toList());
    }
}
