package uk.gov.safervoices.admin.response;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.database.AnalysisRevision;

import java.util.Objects;

/**
 * Marking a response as a duplicate, spam or a test, and restoring it. A marked response is kept, with the
 * reason, and excluded from analysis (which reads only SUBMITTED responses: see the {@code included_answer}
 * view). Every change is audited with the status before and after, in the same transaction.
 */
@Singleton
public class ResponseStatuses {
    public static final int MAX_REASON_LENGTH = 500;

    private final ResponseRepository responses;
    private final AuditLog audit;
    private final AnalysisRevision analysisRevision;

    ResponseStatuses(ResponseRepository responses, AuditLog audit, AnalysisRevision analysisRevision) {
        this.responses = responses;
        this.audit = audit;
        this.analysisRevision = analysisRevision;
    }

    /**
     * @param status DUPLICATE, SPAM or TEST
     * @param reason why (required; up to 500 characters); shown to staff and kept in the audit log
     */
    @Transactional
    public ResponseRecord mark(String actor, long responseId, ResponseRecord.Status status, String reason) {
        if (status == null || status.included()) {
            throw new IllegalArgumentException("Mark a response as DUPLICATE, SPAM or TEST; use restore to include it");
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Give the reason for marking the response");
        }
        if (trimmed.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("The reason must be " + MAX_REASON_LENGTH + " characters or fewer");
        }
        return change(actor, responseId, status, trimmed);
    }

    /** Includes the response in analysis again; does nothing (and audits nothing) if it is included already. */
    @Transactional
    public ResponseRecord restore(String actor, long responseId) {
        return change(actor, responseId, ResponseRecord.Status.SUBMITTED, null);
    }

    private ResponseRecord change(String actor, long responseId, ResponseRecord.Status status, String reason) {
        ResponseRecord current = responses.findByIdForUpdate(responseId)
                .orElseThrow(() -> new IllegalArgumentException("No response " + responseId));
        if (current.status() == status && Objects.equals(current.statusReason(), reason)) {
            return current;
        }
        ResponseRecord changed = responses.update(current.withStatus(status, reason));
        audit.record(actor, "response.status_changed", "response", current.reference(), describe(current),
                describe(changed));
        analysisRevision.changed();
        return changed;
    }

    private static String describe(ResponseRecord response) {
        return response.statusReason() == null ? response.status().name()
                : response.status().name() + ": " + response.statusReason();
    }
}
