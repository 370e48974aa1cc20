package uk.gov.safervoices.admin.invitation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** Counted in SQL: how many codes of one batch are still unused, and how many were used. */
@Introspected
record BatchCounts(@Nullable Long batchId, long unusedCodes, long usedCodes) {
}
