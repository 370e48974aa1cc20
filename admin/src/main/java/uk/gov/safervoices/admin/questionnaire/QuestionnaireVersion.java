package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One version of a questionnaire's definition, stored exactly as written (YAML). */
@MappedEntity("questionnaire_version")
public record QuestionnaireVersion(@Id @GeneratedValue @Nullable Long id, Long questionnaireId, int versionNumber,
                                   Status status, String sourceYaml, String sourceSha256,
                                   @Nullable String sourceFile, Instant createdAt, @Nullable Instant publishedAt) {

    public enum Status { DRAFT, PUBLISHED }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}
