package uk.gov.safervoices.admin.questionnaire;

import java.util.List;
import java.util.Optional;

/** A questionnaire and its versions, oldest first, each with its state (draft, published, has responses). */
public record QuestionnaireOverview(QuestionnaireRecord questionnaire, List<VersionSummary> versions) {

    public QuestionnaireOverview {
        versions = List.copyOf(versions);
    }

    /** The draft being worked on, if any (always the latest version). */
    public Optional<VersionSummary> draft() {
        return versions.stream().filter(v -> v.status() == QuestionnaireVersion.Status.DRAFT).reduce((a, b) -> b);
    }

    /** The version residents answer now. */
    public Optional<VersionSummary> latestPublished() {
        return versions.stream().filter(v -> v.status() == QuestionnaireVersion.Status.PUBLISHED)
                .reduce((a, b) -> b);
    }

    public long responses() {
        return versions.stream().mapToLong(VersionSummary::responses).sum();
    }
}
