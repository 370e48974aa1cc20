package uk.gov.safervoices.admin.response;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ResponseRepository extends CrudRepository<ResponseRecord, Long> {

    Optional<ResponseRecord> findByIdempotencyKey(String idempotencyKey);

    Optional<ResponseRecord> findByReference(String reference);

    /** Locks the response row until the transaction ends (so concurrent additions are serialised). */
    @Query("SELECT * FROM response WHERE id = :id FOR UPDATE")
    Optional<ResponseRecord> findByIdForUpdate(Long id);

    boolean existsByReference(String reference);

    long countByConsultationId(Long consultationId);

    @Query("SELECT DISTINCT questionnaire_version_id FROM response")
    List<Long> findAnsweredVersionIds();
}
