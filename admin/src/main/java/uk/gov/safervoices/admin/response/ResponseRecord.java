package uk.gov.safervoices.admin.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One completed submission. Status other than SUBMITTED keeps it but excludes it from analysis. */
@MappedEntity("response")
public record ResponseRecord(@Id @GeneratedValue @Nullable Long id, String reference, Long consultationId,
                             Long questionnaireVersionId, Channel channel, Status status,
                             @Nullable String statusReason, @Nullable String idempotencyKey, Instant submittedAt,
                             @Nullable String integrityFlags) {

    public enum Status { SUBMITTED, DUPLICATE, SPAM, TEST }
}
