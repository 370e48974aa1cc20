package uk.gov.safervoices.admin.integrity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SubmissionRateRepository extends GenericRepository<SubmissionRate, String> {

    @Query("""
            INSERT INTO submission_rate (address_hash, hour_bucket, submissions) VALUES (:addressHash, :hourBucket, 1)
            ON DUPLICATE KEY UPDATE submissions = submissions + 1""")
    void increment(String addressHash, long hourBucket);

    @Query("SELECT submissions FROM submission_rate WHERE address_hash = :addressHash AND hour_bucket = :hourBucket")
    int count(String addressHash, long hourBucket);

    @Query("DELETE FROM submission_rate WHERE hour_bucket < :hourBucket")
    int deleteBefore(long hourBucket);
}
