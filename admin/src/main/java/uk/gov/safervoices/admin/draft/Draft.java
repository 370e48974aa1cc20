package uk.gov.safervoices.admin.draft;

import java.time.Instant;

/**
 * A resident's draft response. {@code submissionKey} is the idempotency key its final submission carries.
 *
 * @param hasResumeCode whether a "come back later" code has been issued for it
 * @param responseId    the response its main answers were submitted as (then only equality questions remain)
 */
public record Draft(long id, long consultationId, long questionnaireVersionId, DraftState state,
                    String submissionKey, Long invitationCodeId, boolean hasResumeCode, Long responseId,
                    Instant expiresAt) {

    public boolean submitted() {
        return responseId != null;
    }

    /** The same draft holding no answers (e.g. the resident skipped the equality questions). */
    public Draft withoutAnswers() {
        return new Draft(id, consultationId, questionnaireVersionId, DraftState.empty(), submissionKey,
                invitationCodeId, hasResumeCode, responseId, expiresAt);
    }
}
