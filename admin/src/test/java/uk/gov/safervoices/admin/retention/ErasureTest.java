package uk.gov.safervoices.admin.retention;

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
import uk.gov.safervoices.admin.draft.Drafts;
import uk.gov.safervoices.admin.invitation.InvitationCodes;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Erasing a response at a resident's request: everything of it goes; the audit keeps who and the reference. */
@MicronautTest(transactional = false)
class ErasureTest {
    @Inject Erasure erasure;
    @Inject ResponseStore store;
    @Inject InvitationCodes invitations;
    @Inject Drafts drafts;
    @Inject AuditLog audit;
    @Inject DatabaseRows database;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;

    Consultation consultation;
    QuestionnaireVersion version;

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("erase");
        version = questionnaires.publish(TestQuestionnaires.fullSurvey(key, "Erasure"), key + ".yaml");
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Erasure", "Residents' rights", null, null, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(9)), List.of(version.questionnaireId()), true));
    }

    private SubmissionOutcome.Accepted submit(Long invitationCodeId) {
        return (SubmissionOutcome.Accepted) store.submit(new Submission(consultation, version, Channel.ONLINE, null,
                FullSurveyAnswers.complete(), invitationCodeId, List.of()));
    }

    private long rowsOf(long responseId) {
        return database.count("SELECT COUNT(*) FROM response WHERE id = ?", responseId)
                + database.count("SELECT COUNT(*) FROM response_answer WHERE response_id = ?", responseId)
                + database.count("SELECT COUNT(*) FROM response_equality_answer WHERE response_id = ?", responseId)
                + database.count("SELECT COUNT(*) FROM response_draft WHERE response_id = ?", responseId);
    }

    @Test
    void theResponseItsAnswersItsEqualityAnswersAndItsDraftAreDeleted() {
        String code = invitations.generate("officer", consultation, 1).codes().get(0);
        SubmissionOutcome.Accepted erased = submit(invitations.unusedCode(consultation, code).orElseThrow());
        SubmissionOutcome.Accepted kept = submit(null);
        drafts.markSubmitted(drafts.create(consultation, version, null).draft(), erased.responseId());
        long keptRows = rowsOf(kept.responseId());
        assertEquals(1 + 15 + 3 + 1, rowsOf(erased.responseId()));

        String typed = erased.reference().toLowerCase().replace("-", " ");
        Optional<String> result = erasure.eraseByReference("dpo", typed);

        assertEquals(Optional.of(erased.reference()), result);
        assertEquals(0, rowsOf(erased.responseId()));
        assertTrue(store.findByReference(erased.reference()).isEmpty());
        assertEquals(keptRows, rowsOf(kept.responseId()), "other responses untouched");
        assertEquals(new InvitationCodes.Usage(1, 1), invitations.usage(consultation), "the code stays used");
        List<AuditEvent> events = audit.about("response", erased.reference());
        assertEquals(1, events.size());
        assertEquals("response.erased", events.get(0).action());
        assertEquals("dpo", events.get(0).actor());
        assertNull(events.get(0).beforeValue());
        assertNull(events.get(0).afterValue());
    }

    @Test
    void anUnknownReferenceErasesNothing() {
        SubmissionOutcome.Accepted kept = submit(null);

        assertEquals(Optional.empty(), erasure.eraseByReference("dpo", "SV-3333-4444"));
        assertEquals(Optional.empty(), erasure.eraseByReference("dpo", "not a reference"));
        assertTrue(store.findByReference(kept.reference()).isPresent());
        assertTrue(audit.about("response", "SV-3333-4444").isEmpty());
    }
}
