package uk.gov.safervoices.admin.response;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EqualityAnswerRepository extends CrudRepository<EqualityAnswerRecord, Long> {

    List<EqualityAnswerRecord> findByResponseIdOrderById(Long responseId);

    long countByResponseId(Long responseId);

    long countByResponseIdAndQuestionIdAndTextValueIsNotNull(Long responseId, String questionId);

    @Query("""
            UPDATE response_equality_answer SET text_value = :marker
            WHERE response_id = :responseId AND question_id = :questionId AND text_value IS NOT NULL
              AND text_value <> :redacted AND text_value <> :removed""")
    int replaceText(Long responseId, String questionId, String marker, String redacted, String removed);
}
