package uk.gov.safervoices.admin.consultation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsultationRepository extends CrudRepository<Consultation, Long> {

    Optional<Consultation> findBySlug(String slug);

    @Query("SELECT * FROM consultation ORDER BY opens_at DESC, title")
    List<Consultation> findAllNewestFirst();

    @Query("""
            SELECT * FROM consultation
            WHERE opens_at <= :now AND closes_at > :now
            ORDER BY closes_at, title""")
    List<Consultation> findOpen(Instant now);

    @Query("""
            SELECT * FROM consultation
            WHERE closes_at <= :now AND closes_at > :since
            ORDER BY closes_at DESC, title""")
    List<Consultation> findClosedSince(Instant now, Instant since);

    @Query("""
            SELECT questionnaire_id FROM consultation_questionnaire
            WHERE consultation_id = :consultationId ORDER BY position""")
    List<Long> findQuestionnaireIds(Long consultationId);

    @Query("""
            INSERT INTO consultation_questionnaire (consultation_id, questionnaire_id, position)
            VALUES (:consultationId, :questionnaireId, :position)""")
    void addQuestionnaire(Long consultationId, Long questionnaireId, int position);
}
