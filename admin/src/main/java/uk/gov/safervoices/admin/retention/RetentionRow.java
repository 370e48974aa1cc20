package uk.gov.safervoices.admin.retention;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.time.ZoneOffset;

/** A consultation's close and retention period, as read for the purge. */
@Introspected
record RetentionRow(Long id, Instant closesAt, int retentionMonths) {

    /** The instant individual free text and drafts must be gone: the close plus the retention period (UTC). */
    Instant purgeAt() {
        return closesAt.atZone(ZoneOffset.UTC).plusMonths(retentionMonths).toInstant();
    }
}
