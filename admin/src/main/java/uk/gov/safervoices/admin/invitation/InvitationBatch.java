package uk.gov.safervoices.admin.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One generation of invitation codes: one mail merge. {@code withdrawnAt}: its unused codes were withdrawn. */
@MappedEntity("invitation_batch")
record InvitationBatch(@Id @GeneratedValue @Nullable Long id, Long consultationId, Instant createdAt,
                       String createdBy, int codeCount, @Nullable Instant withdrawnAt) {

    InvitationBatch withdrawn(Instant at) {
        return new InvitationBatch(id, consultationId, createdAt, createdBy, codeCount, at);
    }
}
