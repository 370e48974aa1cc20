package uk.gov.safervoices.admin.draft;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DraftRepository extends CrudRepository<DraftRecord, Long> {

    Optional<DraftRecord> findByTokenHash(String tokenHash);

    Optional<DraftRecord> findByResumeCodeHash(String resumeCodeHash);

    @Query("DELETE FROM response_draft WHERE expires_at <= :now")
    int deleteExpired(Instant now);
}
