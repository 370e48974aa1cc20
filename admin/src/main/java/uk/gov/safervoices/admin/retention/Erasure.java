package uk.gov.safervoices.admin.retention;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.database.AnalysisRevision;
import uk.gov.safervoices.admin.draft.Drafts;
import uk.gov.safervoices.admin.response.ResponseQueries;
import uk.gov.safervoices.admin.response.ResponseStore;

import java.util.Optional;

/**
 * Erasing a response at a resident's request (UK GDPR Article 17), found by the reference number they were given.
 * The response, its answers, its equality answers and any draft of it are deleted outright; an invitation code it
 * used stays used. The audit log keeps who erased it and the reference, nothing else.
 */
@Singleton
public class Erasure {
    private final ResponseQueries queries;
    private final ResponseStore store;
    private final RetentionRepository repository;
    private final Drafts drafts;
    private final AuditLog audit;
    private final AnalysisRevision analysisRevision;

    Erasure(ResponseQueries queries, ResponseStore store, RetentionRepository repository, Drafts drafts,
            AuditLog audit, AnalysisRevision analysisRevision) {
        this.analysisRevision = analysisRevision;
        this.queries = queries;
        this.store = store;
        this.repository = repository;
        this.drafts = drafts;
        this.audit = audit;
    }

    /**
     * @param reference as the resident gives it (any case, with or without spaces or dashes)
     * @return the erased response's reference, or empty when no response has that reference
     */
    @Transactional
    public Optional<String> eraseByReference(String actor, String reference) {
        Optional<Long> responseId = queries.idOf(reference);
        if (responseId.isEmpty()) {
            return Optional.empty();
        }
        String stored = store.reference(responseId.get());
        drafts.deleteForResponse(responseId.get());
        repository.deleteResponse(responseId.get());
        audit.record(actor, "response.erased", "response", stored, null, null);
        analysisRevision.changed();
        return Optional.of(stored);
    }
}
