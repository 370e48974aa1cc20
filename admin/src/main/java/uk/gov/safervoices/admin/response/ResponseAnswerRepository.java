package uk.gov.safervoices.admin.response;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ResponseAnswerRepository extends CrudRepository<ResponseAnswerRecord, Long> {

    List<ResponseAnswerRecord> findByResponseIdOrderById(Long responseId);

    long countByResponseId(Long responseId);

    long countByResponseIdAndQuestionIdAndTextValueIsNotNull(Long responseId, String questionId);

    /** Replaces the text of a question's rows (text answer or "please say") unless already removed. */
    @Query("""
            UPDATE response_answer SET text_value = :marker
            WHERE response_id = :responseId AND question_id = :questionId AND text_value IS NOT NULL
              AND text_value <> :redacted AND text_value <> :removed""")
    int replaceText(Long responseId, String questionId, String marker, String redacted, String removed);

    /** Copies the version's answers to these (equality) questions into the equality table, in their order. */
    @Query("""
            INSERT INTO response_equality_answer (response_id, question_id, item_id, choice_id, rank_position,
                                                  number_value, text_value, date_value)
            SELECT a.response_id, a.question_id, a.item_id, a.choice_id, a.rank_position, a.number_value,
                   a.text_value, a.date_value
            FROM response_answer a JOIN response r ON r.id = a.response_id
            WHERE r.questionnaire_version_id = :versionId AND a.question_id IN (:questionIds)
            ORDER BY a.id""")
    void copyToEqualityTable(Long versionId, Collection<String> questionIds);

    @Query("""
            DELETE FROM response_answer WHERE question_id IN (:questionIds)
              AND response_id IN (SELECT id FROM response WHERE questionnaire_version_id = :versionId)""")
    int deleteForVersion(Long versionId, Collection<String> questionIds);

    @Query("""
            SELECT COUNT(*) FROM response_answer a JOIN response r ON r.id = a.response_id
            WHERE r.questionnaire_version_id = :versionId AND a.question_id IN (:questionIds)""")
    long countForVersion(Long versionId, Collection<String> questionIds);
}
