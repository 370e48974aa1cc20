package uk.gov.safervoices.admin.retention;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;

import java.time.Instant;

/**
 * How long a consultation's individual answers keep their free text after it closes: 36 months unless changed
 * (what the shipped privacy notices promise). After that the daily {@link RetentionPurge} removes free text and
 * drafts and keeps the coded answers.
 */
@Singleton
public class RetentionPolicy {
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    private final RetentionRepository repository;
    private final AuditLog audit;

    RetentionPolicy(RetentionRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** The retention period in months, and when the purge is due. */
    public Retention of(Consultation consultation) {
        RetentionRow row = repository.findRetention(consultation.id())
                .orElseThrow(() -> new IllegalArgumentException("No consultation " + consultation.id()));
        return new Retention(row.retentionMonths(), row.purgeAt());
    }

    /** Changes the retention period (audited with the period before and after). */
    @Transactional
    public Retention setMonths(String actor, Consultation consultation, int months) {
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException("A retention period is from " + MIN_MONTHS + " to " + MAX_MONTHS
                    + " months");
        }
        Retention before = of(consultation);
        if (before.months() != months) {
            repository.updateRetentionMonths(consultation.id(), months);
            audit.record(actor, "retention.changed", "consultation", consultation.id(), before.months() + " months",
                    months + " months");
        }
        return of(consultation);
    }

    /** @param purgeAt when free text and drafts are removed: the close plus the period */
    public record Retention(int months, Instant purgeAt) {
    }
}
