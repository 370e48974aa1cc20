package uk.gov.safervoices.admin.invitation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InvitationBatchRepository extends CrudRepository<InvitationBatch, Long> {

    List<InvitationBatch> findByConsultationIdOrderById(Long consultationId);

    /** Per batch of the consultation: batch id, codes still usable, codes used. */
    @Query("""
            SELECT batch_id, COUNT(CASE WHEN used_at IS NULL THEN 1 END) AS unused_codes,
                   COUNT(used_at) AS used_codes
            FROM invitation_code WHERE consultation_id = :consultationId GROUP BY batch_id""")
    List<BatchCounts> countByBatch(Long consultationId);
}
