package uk.gov.safervoices.admin.invitation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InvitationCodeRepository extends CrudRepository<InvitationCode, Long> {

    Optional<InvitationCode> findByCodeHash(String codeHash);

    long countByConsultationId(Long consultationId);

    long countByConsultationIdAndUsedAtIsNotNull(Long consultationId);

    @Query("DELETE FROM invitation_code WHERE batch_id = :batchId AND used_at IS NULL")
    int deleteUnusedInBatch(Long batchId);

    /** Marks the code used if it is not yet: 1 row when this call used it, 0 when it was used already. */
    @Query("UPDATE invitation_code SET used_at = :now WHERE id = :id AND used_at IS NULL")
    int markUsed(Long id, Instant now);
}
