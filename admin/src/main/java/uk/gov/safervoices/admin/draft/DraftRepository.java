package uk.gov.safervoices.admin.draft;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DraftRepository extends CrudRepository<DraftRecord, Long> {

    Optional<DraftRecord> findByTokenHash(String tokenHash);

    Optional<DraftRecord> findByResumeCodeHash(String resumeCodeHash);

    /** Keeps only the response id (and drops the resume code): one statement, no read first. */
    @Query("UPDATE response_draft SET state_json = :emptyState, resume_code_hash = NULL, response_id = :responseId,"
            + " updated_at = :now WHERE id = :id")
    int markSubmitted(long id, long responseId, String emptyState, Instant now);

    @Query("DELETE FROM response_draft WHERE expires_at <= :now")
    int deleteExpired(Instant now);

    List<DraftRecord> findByResponseId(Long responseId);

    @Query("DELETE FROM response_draft WHERE response_id = :responseId")
    int deleteByResponse(Long responseId);

    @Query("DELETE FROM response_draft WHERE consultation_id = :consultationId")
    int deleteByConsultation(Long consultationId);
}
