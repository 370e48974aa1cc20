package uk.gov.safervoices.admin.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEventRepository extends CrudRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    Page<AuditEvent> findAllOrderByIdDesc(Pageable pageable);

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderById(String subjectType, String subjectId);

    @Query("SELECT DISTINCT action FROM audit_event ORDER BY action")
    List<String> findActions();

    @Query("SELECT DISTINCT subject_type FROM audit_event ORDER BY subject_type")
    List<String> findSubjectTypes();
}
