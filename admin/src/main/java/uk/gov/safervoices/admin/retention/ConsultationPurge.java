package uk.gov.safervoices.admin.retention;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.draft.Drafts;
import uk.gov.safervoices.admin.response.FreeText;

/** One consultation's purge and its audit entry, in one transaction. */
@Singleton
class ConsultationPurge {
    private final RetentionRepository repository;
    private final Drafts drafts;
    private final AuditLog audit;

    ConsultationPurge(RetentionRepository repository, Drafts drafts, AuditLog audit) {
        this.repository = repository;
        this.drafts = drafts;
        this.audit = audit;
    }

    @Transactional
    RetentionPurge.Purged purge(long consultationId) {
        int texts = repository.removeFreeText(consultationId, FreeText.REMOVED, FreeText.REDACTED)
                + repository.removeEqualityFreeText(consultationId, FreeText.REMOVED, FreeText.REDACTED);
        int deletedDrafts = drafts.deleteForConsultation(consultationId);
        RetentionPurge.Purged purged = new RetentionPurge.Purged(consultationId, texts, deletedDrafts);
        if (purged.changed()) {
            audit.record(RetentionPurge.ACTOR, "retention.purged", "consultation", consultationId, null,
                    texts + " free-text answers removed, " + deletedDrafts + " drafts deleted");
        }
        return purged;
    }
}
