package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A version as a list shows it (without its text), with how many responses it has. */
@Introspected
public record VersionSummary(Long id, Long questionnaireId, int versionNumber, QuestionnaireVersion.Status status,
                             String sourceSha256, Instant createdAt, @Nullable Instant publishedAt,
                             @Nullable String createdBy, @Nullable Instant updatedAt,
                             @Nullable Long basedOnVersionId, long responses) {

    /** What staff may do with a version: change a draft; only copy a published one. */
    public enum State { DRAFT, PUBLISHED, HAS_RESPONSES }

    public State state() {
        if (status == QuestionnaireVersion.Status.DRAFT) {
            return State.DRAFT;
        }
        return responses > 0 ? State.HAS_RESPONSES : State.PUBLISHED;
    }
}
