package uk.gov.safervoices.admin.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInThrottleRepository extends CrudRepository<SignInThrottleRecord, String> {

    @Query("INSERT IGNORE INTO sign_in_throttle (username_hash, failed_sign_ins, locked_until, updated_at) "
            + "VALUES (:usernameHash, 0, NULL, :now)")
    void insertIfAbsent(String usernameHash, Instant now);

    void deleteByUpdatedAtLessThan(Instant before);
}
