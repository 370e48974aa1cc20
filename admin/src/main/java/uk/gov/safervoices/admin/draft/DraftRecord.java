package uk.gov.safervoices.admin.draft;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("response_draft")
record DraftRecord(@Id @GeneratedValue @Nullable Long id, String tokenHash, @Nullable String resumeCodeHash,
                   Long consultationId, Long questionnaireVersionId, String stateJson, String submissionKey,
                   @Nullable Long invitationCodeId, @Nullable Long responseId, Instant createdAt, Instant updatedAt,
                   Instant expiresAt) {

    DraftRecord withState(String json, Instant now) {
        return new DraftRecord(id, tokenHash, resumeCodeHash, consultationId, questionnaireVersionId, json,
                submissionKey, invitationCodeId, responseId, createdAt, now, expiresAt);
    }

    DraftRecord withResumeCodeHash(String hash, Instant now) {
        return new DraftRecord(id, tokenHash, hash, consultationId, questionnaireVersionId, stateJson,
                submissionKey, invitationCodeId, responseId, createdAt, now, expiresAt);
    }

    DraftRecord withTokenHash(String hash, Instant now) {
        return new DraftRecord(id, hash, resumeCodeHash, consultationId, questionnaireVersionId, stateJson,
                submissionKey, invitationCodeId, responseId, createdAt, now, expiresAt);
    }

    /** Submitted: no answers kept, no resume code (the main answers are in the response now). */
}
