package uk.gov.safervoices.admin.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One completed submission. Status other than SUBMITTED keeps it but excludes it from analysis.
 *
 * @param enteredBy the staff username who keyed in a paper or meeting response; null for an online response
 */
@MappedEntity("response")
public record ResponseRecord(@Id @GeneratedValue @Nullable Long id, String reference, Long consultationId,
                             Long questionnaireVersionId, Channel channel, Status status,
                             @Nullable String statusReason, @Nullable String idempotencyKey, Instant submittedAt,
                             @Nullable String integrityFlags, @Nullable String enteredBy) {

    /** The same response with another status and reason (null when included). */
    public ResponseRecord withStatus(Status newStatus, @Nullable String reason) {
        return new ResponseRecord(id, reference, consultationId, questionnaireVersionId, channel, newStatus, reason,
                idempotencyKey, submittedAt, integrityFlags, enteredBy);
    }

    /** SUBMITTED is "included": the only status analysis counts. The others are kept, with a reason. */
    public enum Status {
        SUBMITTED, DUPLICATE, SPAM, TEST;

        public boolean included() {
            return this == SUBMITTED;
        }
    }
}
