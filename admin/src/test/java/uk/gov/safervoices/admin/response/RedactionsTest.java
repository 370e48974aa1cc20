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
import uk.gov.safervoices.admin.draft.Draft;
import uk.gov.safervoices.admin.draft.DraftState;
import uk.gov.safervoices.admin.draft.Drafts;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.definitions.answers.AnswerRow;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redacting free text: the words are gone from every table, the coded answers stay, the audit names no text. */
@MicronautTest(transactional = false)
class RedactionsTest {
    private static final String PERSONAL = "John Smith at 4 High Street";

    @Inject Redactions redactions;
    @Inject ResponseStore store;
    @Inject ResponseQueries queries;
    @Inject Drafts drafts;
    @Inject AuditLog audit;
    @Inject DatabaseRows database;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;

    Consultation consultation;
    QuestionnaireVersion version;
    long responseId;
    String reference;

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("redact");
        version = questionnaires.publish(TestQuestionnaires.fullSurvey(key, "Redaction"), key + ".yaml");
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Redaction", "Free text", null, null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)),
                List.of(version.questionnaireId())));
        var accepted = (SubmissionOutcome.Accepted) store.submit(new Submission(consultation, version,
                Channel.ONLINE, null, FullSurveyAnswers.complete()));
        responseId = accepted.responseId();
        reference = accepted.reference();
    }

    private AnswerRow row(String questionId) {
        return store.answerRows(store.findByReference(reference).orElseThrow()).stream()
                .filter(r -> r.questionId().equals(questionId) && r.text() != null).findFirst().orElseThrow();
    }

    @Test
    void theRedactedTextIsGoneFromTheDatabaseAndTheAuditSaysWhoAndWhichQuestionOnly() {
        assertEquals(1, database.placesHolding(PERSONAL, responseId), "the text is stored before redaction");

        assertTrue(redactions.redact("officer", responseId, "comments"));

        assertEquals(0, database.placesHolding(PERSONAL, responseId));
        assertEquals(FreeText.REDACTED, row("comments").text());
        AskedQuestion comments = queries.asAsked(responseId).orElseThrow().questions().stream()
                .filter(q -> q.questionId().equals("comments")).findFirst().orElseThrow();
        assertEquals(List.of(new AnswerLine(null, null, FreeText.REDACTED, true)), comments.lines());
        assertFalse(comments.hasFreeText(), "nothing left to redact");
        List<AuditEvent> events = audit.about("response", reference);
        assertEquals(1, events.size());
        assertEquals("response.answer_redacted", events.get(0).action());
        assertEquals("officer", events.get(0).actor());
        assertEquals("comments", events.get(0).afterValue());

        assertFalse(redactions.redact("officer", responseId, "comments"), "already redacted");
        assertEquals(1, audit.about("response", reference).size());
    }

    @Test
    void redactingPleaseSayTextKeepsTheChosenOptionAndItsRank() {
        redactions.redact("officer", responseId, "top");

        AnswerRow other = row("top");
        assertEquals(new AnswerRow("top", null, "other", 2, null, FreeText.REDACTED, null), other);
        assertEquals(0, database.placesHolding("E-scooters on pavements", responseId));
        assertEquals(1, database.placesHolding("The underpass", responseId), "other questions untouched");
    }

    @Test
    void aQuestionWithoutFreeTextCannotBeRedacted() {
        assertThrows(IllegalArgumentException.class, () -> redactions.redact("officer", responseId, "safe_after_dark"));
        assertThrows(IllegalArgumentException.class, () -> redactions.redact("officer", Long.MAX_VALUE, "comments"));
        assertTrue(audit.about("response", reference).isEmpty());
    }

    @Test
    void equalityPleaseSayTextIsRedactedInItsOwnTableAndInADraftStillOpenForTheEqualityQuestions() {
        String described = "Non-binary";
        Drafts.NewDraft created = drafts.create(consultation, version, null);
        drafts.markSubmitted(created.draft(), responseId);
        Draft draft = drafts.findByToken(created.token()).orElseThrow();
        Map<String, List<String>> equalityPhase = new LinkedHashMap<>();
        equalityPhase.put("age", List.of("42"));
        equalityPhase.put("gender_identity", List.of("no"));
        equalityPhase.put("gender_identity.specify", List.of(described));
        drafts.save(draft, new DraftState(equalityPhase, List.of("about_you_age")));
        assertEquals(2, database.placesHolding(described, responseId), "in the equality answers and in the draft");

        assertTrue(redactions.redact("officer", responseId, "gender_identity"));

        assertEquals(0, database.placesHolding(described, responseId));
        String state = database.strings("SELECT state_json FROM response_draft WHERE id = ?", draft.id()).get(0);
        assertTrue(state.contains("42"), "the draft's other answers are kept: " + state);
        assertFalse(state.contains("gender_identity"), state);
    }
}
