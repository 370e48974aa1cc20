package uk.gov.safervoices.admin.questionnaire;

/** Published when a new version of a questionnaire is published: caches of "the current version" must drop it. */
public record QuestionnairePublished(long questionnaireId, long versionId) {
}
