package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionnaireRepository extends CrudRepository<QuestionnaireRecord, Long> {

    Optional<QuestionnaireRecord> findByQuestionnaireKey(String questionnaireKey);

    List<QuestionnaireRecord> listOrderByTitle();

    /** Locks the questionnaire's row until the transaction ends: changes to its versions are made one at a time. */
    @Query("SELECT * FROM questionnaire WHERE id = :id FOR UPDATE")
    Optional<QuestionnaireRecord> findByIdForUpdate(Long id);
}
