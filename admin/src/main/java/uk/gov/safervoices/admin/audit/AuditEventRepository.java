package uk.gov.safervoices.admin.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEventRepository extends CrudRepository<AuditEvent, Long> {

    Page<AuditEvent> findAllOrderByIdDesc(Pageable pageable);

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderById(String subjectType, String subjectId);
}
