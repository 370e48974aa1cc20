package uk.gov.safervoices.admin.audit;

import io.micronaut.core.annotation.Nullable;

/** What to look for in the audit log; a blank or null part matches everything. Matches are exact. */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String subjectType,
                          @Nullable String subjectId) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null);
    }

    public AuditFilter {
        actor = clean(actor);
        action = clean(action);
        subjectType = clean(subjectType);
        subjectId = clean(subjectId);
    }

    public boolean isEmpty() {
        return actor == null && action == null && subjectType == null && subjectId == null;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
