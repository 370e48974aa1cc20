package uk.gov.safervoices.admin.audit;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * The audit log. Services that change data record here, inside their own transaction, so an action and its audit
 * entry are written together or not at all. Entries hold ids and short codes, never residents' answers.
 */
@Singleton
public class AuditLog {
    private final AuditEventRepository repository;
    private final Clock clock;

    AuditLog(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public AuditEvent record(String actor, String action, String subjectType, Object subjectId, String before,
                             String after) {
        return repository.save(new AuditEvent(null, clock.instant(), actor, action, subjectType,
                subjectId == null ? null : subjectId.toString(), truncate(before), truncate(after)));
    }

    public Page<AuditEvent> latest(int page, int size) {
        return repository.findAllOrderByIdDesc(Pageable.from(page, size));
    }

    /** The entries matching the filter, newest first; {@code page} counts from 0. */
    public Page<AuditEvent> search(AuditFilter filter, int page, int size) {
        PredicateSpecification<AuditEvent> matching = PredicateSpecification.where(null);
        matching = and(matching, "actor", filter.actor());
        matching = and(matching, "action", filter.action());
        matching = and(matching, "subjectType", filter.subjectType());
        matching = and(matching, "subjectId", filter.subjectId());
        return repository.findAll(matching, Pageable.from(page, size, Sort.of(Sort.Order.desc("id"))));
    }

    /** Every action that has been recorded, for a filter's choices. */
    public List<String> actions() {
        return repository.findActions();
    }

    /** Every kind of subject that has been recorded, for a filter's choices. */
    public List<String> subjectTypes() {
        return repository.findSubjectTypes();
    }

    private static PredicateSpecification<AuditEvent> and(PredicateSpecification<AuditEvent> spec, String property,
                                                          String value) {
        if (value == null) {
            return spec;
        }
        return spec.and((root, criteria) -> criteria.equal(root.get(property), value));
    }

    public List<AuditEvent> about(String subjectType, Object subjectId) {
        return repository.findBySubjectTypeAndSubjectIdOrderById(subjectType, subjectId.toString());
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 497) + "...";
    }
}
