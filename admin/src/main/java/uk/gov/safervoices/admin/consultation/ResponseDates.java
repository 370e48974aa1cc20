package uk.gov.safervoices.admin.consultation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** How many responses a consultation has received, and when the first and last came (null when none). */
@Introspected
public record ResponseDates(long responses, @Nullable Instant firstAt, @Nullable Instant lastAt) {
}
