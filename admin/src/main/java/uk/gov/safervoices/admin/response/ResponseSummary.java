package uk.gov.safervoices.admin.response;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * One line of a staff list of responses.
 *
 * @param enteredBy      the staff member who keyed in a paper or meeting response, or null
 * @param integrityFlags why the response may be a duplicate or automated (for staff to review), or empty
 */
public record ResponseSummary(long id, String reference, long consultationId, long questionnaireVersionId,
                              String questionnaireKey, String questionnaireTitle, int versionNumber,
                              Channel channel, ResponseRecord.Status status, @Nullable String statusReason,
                              Instant submittedAt, @Nullable String enteredBy, List<String> integrityFlags) {
}
