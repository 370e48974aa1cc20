package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

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
}
