package uk.gov.safervoices.admin.response;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ResponseAnswerRepository extends CrudRepository<ResponseAnswerRecord, Long> {

    List<ResponseAnswerRecord> findByResponseIdOrderById(Long responseId);

    long countByResponseId(Long responseId);

    long countByResponseIdAndQuestionIdInList(Long responseId, java.util.Collection<String> questionIds);
}
