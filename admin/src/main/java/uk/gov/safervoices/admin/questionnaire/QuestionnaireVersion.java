package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One version of a questionnaire's definition, stored exactly as written (YAML). A draft may change until it is
 * published; a published version never changes.
 *
 * @param createdBy        the member of staff who made it, or null for a version made from a file at start-up
 * @param updatedAt        when a draft last changed, or null
 * @param basedOnVersionId the version a draft was started from (edited, copied), or null
 */
@MappedEntity("questionnaire_version")
public record QuestionnaireVersion(@Id @GeneratedValue @Nullable Long id, Long questionnaireId, int versionNumber,
                                   Status status, String sourceYaml, String sourceSha256,
                                   @Nullable String sourceFile, Instant createdAt, @Nullable Instant publishedAt,
                                   @Nullable String createdBy, @Nullable Instant updatedAt,
                                   @Nullable Long basedOnVersionId) {

    public enum Status { DRAFT, PUBLISHED }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }
}
