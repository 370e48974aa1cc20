package uk.gov.safervoices.admin.retention;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import uk.gov.safervoices.admin.consultation.Consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RetentionRepository extends GenericRepository<Consultation, Long> {

    @Query("SELECT id, closes_at, retention_months FROM consultation WHERE id = :id")
    Optional<RetentionRow> findRetention(Long id);

    @Query("SELECT id, closes_at, retention_months FROM consultation WHERE closes_at <= :now ORDER BY id")
    List<RetentionRow> findClosedBy(Instant now);

    @Query("UPDATE consultation SET retention_months = :months WHERE id = :id")
    int updateRetentionMonths(Long id, int months);

    /** Replaces every remaining free text of the consultation's responses (redacted text stays redacted). */
    @Query("""
            UPDATE response_answer SET text_value = :marker
            WHERE text_value IS NOT NULL AND text_value <> :marker AND text_value <> :redacted
              AND response_id IN (SELECT id FROM response WHERE consultation_id = :consultationId)""")
    int removeFreeText(Long consultationId, String marker, String redacted);

    @Query("""
            UPDATE response_equality_answer SET text_value = :marker
            WHERE text_value IS NOT NULL AND text_value <> :marker AND text_value <> :redacted
              AND response_id IN (SELECT id FROM response WHERE consultation_id = :consultationId)""")
    int removeEqualityFreeText(Long consultationId, String marker, String redacted);

    /** Deletes a response; its answers and equality answers go with it (ON DELETE CASCADE). */
    @Query("DELETE FROM response WHERE id = :responseId")
    int deleteResponse(Long responseId);
}
