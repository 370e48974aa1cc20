package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionnaireRepository extends CrudRepository<QuestionnaireRecord, Long> {

    Optional<QuestionnaireRecord> findByQuestionnaireKey(String questionnaireKey);
}
