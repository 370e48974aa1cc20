package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionnaireVersionRepository extends CrudRepository<QuestionnaireVersion, Long> {

    Optional<QuestionnaireVersion> findFirstByQuestionnaireIdOrderByVersionNumberDesc(Long questionnaireId);

    Optional<QuestionnaireVersion> findFirstByQuestionnaireIdAndStatusOrderByVersionNumberDesc(
            Long questionnaireId, QuestionnaireVersion.Status status);

    List<QuestionnaireVersion> findByQuestionnaireIdAndStatusOrderByVersionNumberDesc(Long questionnaireId,
                                                                        QuestionnaireVersion.Status status);

    @Query("SELECT COUNT(*) FROM response WHERE questionnaire_version_id = :versionId")
    long countResponses(Long versionId);

    /** Every version without its text, with its number of responses (counted by SQL). */
    @Query("""
            SELECT v.id, v.questionnaire_id, v.version_number, v.status, v.source_sha256, v.created_at,
                   v.published_at, v.created_by, v.updated_at, v.based_on_version_id, COUNT(r.id) AS responses
            FROM questionnaire_version v LEFT JOIN response r ON r.questionnaire_version_id = v.id
            GROUP BY v.id, v.questionnaire_id, v.version_number, v.status, v.source_sha256, v.created_at,
                     v.published_at, v.created_by, v.updated_at, v.based_on_version_id
            ORDER BY v.questionnaire_id, v.version_number""")
    List<VersionSummary> summaries();

    /** Changes a draft's text; a published version is never matched (0 rows). */
    @Query("""
            UPDATE questionnaire_version SET source_yaml = :sourceYaml, source_sha256 = :sourceSha256,
                   updated_at = :updatedAt
            WHERE id = :id AND status = 'DRAFT'""")
    int updateDraft(Long id, String sourceYaml, String sourceSha256, Instant updatedAt);

    /** Publishes a draft; 0 rows when the version is not a draft. */
    @Query("""
            UPDATE questionnaire_version SET status = 'PUBLISHED', published_at = :publishedAt
            WHERE id = :id AND status = 'DRAFT'""")
    int publishDraft(Long id, Instant publishedAt);

    /** Deletes a draft; 0 rows when the version is not a draft. */
    @Query("DELETE FROM questionnaire_version WHERE id = :id AND status = 'DRAFT'")
    int deleteDraft(Long id);
}
