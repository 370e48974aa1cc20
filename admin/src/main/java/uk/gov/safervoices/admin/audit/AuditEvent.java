package uk.gov.safervoices.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One staff action that changed data: who, what, when, on which record, before and after (ids or codes). */
@MappedEntity("audit_event")
public record AuditEvent(@Id @GeneratedValue @Nullable Long id, Instant occurredAt, String actor, String action,
                         String subjectType, @Nullable String subjectId, @Nullable String beforeValue,
                         @Nullable String afterValue) {
}
