package uk.gov.safervoices.admin.secret;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InstallationSecretRepository extends GenericRepository<InstallationSecret, String> {

    @Query("INSERT IGNORE INTO installation_secret (name, secret, created_at) VALUES (:name, :secret, :createdAt)")
    void insertIfAbsent(String name, String secret, Instant createdAt);

    @Query("SELECT secret FROM installation_secret WHERE name = :name")
    String findSecret(String name);
}
