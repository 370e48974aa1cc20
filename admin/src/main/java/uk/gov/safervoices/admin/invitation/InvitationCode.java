package uk.gov.safervoices.admin.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A single-use invitation code, stored as a hash, in the batch (mail merge) it was generated in. Whether it was
 * used is kept; by which response is not.
 */
@MappedEntity("invitation_code")
record InvitationCode(@Id @GeneratedValue @Nullable Long id, Long consultationId, String codeHash, Instant createdAt,
                      @Nullable Instant usedAt, @Nullable Long batchId) {
}
