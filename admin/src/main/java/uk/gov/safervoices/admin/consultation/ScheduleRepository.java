package uk.gov.safervoices.admin.consultation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ScheduleRepository extends GenericRepository<Consultation, Long> {

    @Query("""
            SELECT COUNT(*) AS responses, MIN(submitted_at) AS first_at, MAX(submitted_at) AS last_at
            FROM response WHERE consultation_id = :consultationId""")
    ResponseDates responseDates(Long consultationId);

    @Query("UPDATE consultation SET opens_at = :opensAt, closes_at = :closesAt WHERE id = :id")
    int reschedule(Long id, Instant opensAt, Instant closesAt);

    /** Residents' unfinished answers expire when the consultation closes, wherever its close date moves. */
    @Query("UPDATE response_draft SET expires_at = :closesAt WHERE consultation_id = :consultationId")
    int followCloseDate(Long consultationId, Instant closesAt);
}
