package uk.gov.safervoices.admin.consultation;

/** Published when a consultation is created or changed: caches of consultations must drop it. */
public record ConsultationChanged(long consultationId, String slug) {
}
