package uk.gov.safervoices.admin.concern;

import java.time.Instant;

/**
 * A stored version of the concern catalogue: the whole concerns.yaml text, its SHA-256, who saved it (null: the
 * shipped file, stored at start-up), when, and what changed.
 */
public record CatalogueVersion(long id, int versionNumber, String yaml, String sha256, String createdBy,
                               Instant createdAt, String summary) {

    public boolean fromShippedFile() {
        return createdBy == null;
    }
}
