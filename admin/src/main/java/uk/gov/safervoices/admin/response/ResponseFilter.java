package uk.gov.safervoices.admin.response;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * Which responses a staff list shows; every part is optional (null: any).
 *
 * @param submittedFrom   submitted at or after this instant
 * @param submittedBefore submitted strictly before this instant (for a day range in local time, pass the start of
 *                        the day after the last day)
 */
public record ResponseFilter(@Nullable Long consultationId, @Nullable Long questionnaireVersionId,
                             @Nullable Channel channel, @Nullable ResponseRecord.Status status,
                             @Nullable Instant submittedFrom, @Nullable Instant submittedBefore) {

    public static ResponseFilter all() {
        return new ResponseFilter(null, null, null, null, null, null);
    }

    public static ResponseFilter consultation(long consultationId) {
        return all().withConsultation(consultationId);
    }

    public ResponseFilter withConsultation(@Nullable Long id) {
        return new ResponseFilter(id, questionnaireVersionId, channel, status, submittedFrom, submittedBefore);
    }

    public ResponseFilter withVersion(@Nullable Long versionId) {
        return new ResponseFilter(consultationId, versionId, channel, status, submittedFrom, submittedBefore);
    }

    public ResponseFilter withChannel(@Nullable Channel value) {
        return new ResponseFilter(consultationId, questionnaireVersionId, value, status, submittedFrom, submittedBefore);
    }

    public ResponseFilter withStatus(@Nullable ResponseRecord.Status value) {
        return new ResponseFilter(consultationId, questionnaireVersionId, channel, value, submittedFrom, submittedBefore);
    }

    public ResponseFilter submittedBetween(@Nullable Instant from, @Nullable Instant before) {
        return new ResponseFilter(consultationId, questionnaireVersionId, channel, status, from, before);
    }
}
