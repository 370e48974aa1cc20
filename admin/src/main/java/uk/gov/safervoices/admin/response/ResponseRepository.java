package uk.gov.safervoices.admin.response;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ResponseRepository extends CrudRepository<ResponseRecord, Long> {

    Optional<ResponseRecord> findByIdempotencyKey(String idempotencyKey);

    Optional<ResponseRecord> findByReference(String reference);

    boolean existsByReference(String reference);

    long countByConsultationId(Long consultationId);
}
