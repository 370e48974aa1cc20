package uk.gov.safervoices.admin.response;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.draft.Drafts;

/**
 * Redacting personal data from a free-text answer. The stored text is overwritten in place with
 * {@link FreeText#REDACTED}, so the original is gone from the database (drafts included); the audit log records
 * who redacted which question of which response, never the text.
 */
@Singleton
public class Redactions {
    private final ResponseRepository responses;
    private final ResponseAnswerRepository answers;
    private final EqualityAnswerRepository equalityAnswers;
    private final Drafts drafts;
    private final AuditLog audit;

    Redactions(ResponseRepository responses, ResponseAnswerRepository answers,
               EqualityAnswerRepository equalityAnswers, Drafts drafts, AuditLog audit) {
        this.responses = responses;
        this.answers = answers;
        this.equalityAnswers = equalityAnswers;
        this.drafts = drafts;
        this.audit = audit;
    }

    /**
     * Redacts the free text of one question of a response: a text answer, or the "please say" words of a choice.
     *
     * @return true if text was redacted; false if it had been redacted (or removed) already
     * @throws IllegalArgumentException if the response does not exist or holds no free text for that question
     */
    @Transactional
    public boolean redact(String actor, long responseId, String questionId) {
        ResponseRecord response = responses.findByIdForUpdate(responseId)
                .orElseThrow(() -> new IllegalArgumentException("No response " + responseId));
        long withText = answers.countByResponseIdAndQuestionIdAndTextValueIsNotNull(responseId, questionId)
                + equalityAnswers.countByResponseIdAndQuestionIdAndTextValueIsNotNull(responseId, questionId);
        if (withText == 0) {
            throw new IllegalArgumentException("Response " + response.reference() + " has no free text for question "
                    + questionId);
        }
        int replaced = answers.replaceText(responseId, questionId, FreeText.REDACTED, FreeText.REDACTED,
                FreeText.REMOVED)
                + equalityAnswers.replaceText(responseId, questionId, FreeText.REDACTED, FreeText.REDACTED,
                FreeText.REMOVED);
        drafts.forgetAnswer(responseId, questionId);
        if (replaced == 0) {
            return false;
        }
        audit.record(actor, "response.answer_redacted", "response", response.reference(), null, questionId);
        return true;
    }
}
