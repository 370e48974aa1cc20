package uk.gov.safervoices.admin.priority;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The partnership's recorded decisions on priorities (issue 6): each with its priorities and their rationale, the
 * meeting and date, and the evidence frozen as it was then. A decision is never edited; a later one for the same plan
 * year supersedes it, with the reason, in one transaction, and both are audited (ADR 0022).
 */
@Singleton
public class Decisions {
    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    Decisions(JdbcOperations jdbc, ObjectMapper json, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** A priority agreed: a concern and why. */
    public record Priority(String concern, String rationale) {
    }

    public record NewDecision(String planYear, String meeting, LocalDate decidedOn, long consultationId,
                              List<Priority> priorities, Evidence evidence) {
        public NewDecision {
            priorities = List.copyOf(priorities);
            if (priorities.isEmpty()) {
                throw new IllegalArgumentException("A decision needs at least one priority");
            }
        }
    }

    /** A recorded decision. {@code supersededBy} is null while it is the current one for its plan year. */
    public record Decision(long id, String planYear, String meeting, LocalDate decidedOn, long consultationId,
                           List<Priority> priorities, Evidence evidence, String recordedBy,
                           java.time.Instant recordedAt, Long supersedes, Long supersededBy, String changeReason) {
        public boolean current() {
            return supersededBy == null;
        }
    }

    /** Thrown when the decision to supersede is no longer the current one (someone superseded it meanwhile). */
    public static class NotCurrentException extends RuntimeException {
        public NotCurrentException(long id) {
            super("Decision " + id + " has already been superseded");
        }
    }

    /** Records the plan year's first decision, or one beside a current decision of another plan year. */
    @Transactional
    public long record(String actor, NewDecision decision) {
        long id = insert(actor, decision, null, null);
        audit.record(actor, "priority.decided", "priority_decision", id, null, summary(decision));
        return id;
    }

    /** Records a decision that replaces a current one, saying why; the earlier one is kept, marked superseded. */
    @Transactional
    public long supersede(String actor, long earlierId, NewDecision decision, String reason) {
        Decision earlier = find(earlierId).orElseThrow(() -> new IllegalArgumentException("No decision " + earlierId));
        int locked = jdbc.prepareStatement("UPDATE priority_decision SET superseded_by_id = -1 WHERE id = ?"
                + " AND superseded_by_id IS NULL", statement -> {
            statement.setLong(1, earlierId);
            return statement.executeUpdate();
        });
        if (locked != 1) {
            throw new NotCurrentException(earlierId);
        }
        long id = insert(actor, decision, earlierId, reason);
        jdbc.prepareStatement("UPDATE priority_decision SET superseded_by_id = ? WHERE id = ?", statement -> {
            statement.setLong(1, id);
            statement.setLong(2, earlierId);
            return statement.executeUpdate();
        });
        audit.record(actor, "priority.superseded", "priority_decision", earlierId, summary(earlier.priorities()),
                summary(decision) + "; reason: " + reason);
        return id;
    }

    private long insert(String actor, NewDecision decision, Long supersedes, String reason) {
        String evidence;
        try {
            evidence = json.writeValueAsString(decision.evidence());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long id = jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO priority_decision (plan_year,"
                    + " meeting, decided_on, consultation_id, evidence, recorded_by, recorded_at, supersedes_id,"
                    + " change_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                statement.setString(1, decision.planYear());
                statement.setString(2, decision.meeting());
                statement.setDate(3, Date.valueOf(decision.decidedOn()));
                statement.setLong(4, decision.consultationId());
                statement.setString(5, evidence);
                statement.setString(6, actor);
                statement.setTimestamp(7, Timestamp.from(clock.instant()));
                if (supersedes == null) {
                    statement.setNull(8, java.sql.Types.BIGINT);
                } else {
                    statement.setLong(8, supersedes);
                }
                statement.setString(9, reason);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        jdbc.prepareStatement("INSERT INTO priority_decision_item (decision_id, position, concern_code, rationale)"
                + " VALUES (?, ?, ?, ?)", statement -> {
            for (int i = 0; i < decision.priorities().size(); i++) {
                statement.setLong(1, id);
                statement.setInt(2, i + 1);
                statement.setString(3, decision.priorities().get(i).concern());
                statement.setString(4, decision.priorities().get(i).rationale());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        return id;
    }

    @Transactional
    public Optional<Decision> find(long id) {
        List<Decision> found = select("WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** Every decision, newest plan year first, and within one the newest first. */
    @Transactional
    public List<Decision> all() {
        return select("ORDER BY plan_year DESC, id DESC");
    }

    /** The current decision of a plan year, if any. */
    @Transactional
    public Optional<Decision> current(String planYear) {
        return select("WHERE plan_year = ? AND superseded_by_id IS NULL", planYear).stream().findFirst();
    }

    private List<Decision> select(String where, Object... parameters) {
        return jdbc.prepareStatement("SELECT id, plan_year, meeting, decided_on, consultation_id, evidence,"
                + " recorded_by, recorded_at, supersedes_id, superseded_by_id, change_reason FROM priority_decision "
                + where, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Decision> decisions = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    long supersedes = row.getLong(9);
                    Long supersedesId = row.wasNull() ? null : supersedes;
                    long supersededBy = row.getLong(10);
                    Long supersededById = row.wasNull() ? null : supersededBy;
                    decisions.add(new Decision(id, row.getString(2), row.getString(3),
                            row.getDate(4).toLocalDate(), row.getLong(5), List.of(), evidence(row.getString(6)),
                            row.getString(7), row.getTimestamp(8).toInstant(), supersedesId, supersededById,
                            row.getString(11)));
                }
            }
            List<Decision> withPriorities = new ArrayList<>();
            for (Decision decision : decisions) {
                withPriorities.add(new Decision(decision.id(), decision.planYear(), decision.meeting(),
                        decision.decidedOn(), decision.consultationId(), priorities(statement, decision.id()),
                        decision.evidence(), decision.recordedBy(), decision.recordedAt(), decision.supersedes(),
                        decision.supersededBy(), decision.changeReason()));
            }
            return withPriorities;
        });
    }

    private List<Priority> priorities(PreparedStatement owner, long decisionId) throws java.sql.SQLException {
        try (PreparedStatement statement = owner.getConnection().prepareStatement("SELECT concern_code, rationale"
                + " FROM priority_decision_item WHERE decision_id = ? ORDER BY position")) {
            statement.setLong(1, decisionId);
            List<Priority> priorities = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    priorities.add(new Priority(row.getString(1), row.getString(2)));
                }
            }
            return priorities;
        }
    }

    private Evidence evidence(String text) {
        try {
            return json.readValue(text, Evidence.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(NewDecision decision) {
        return decision.planYear() + ": " + summary(decision.priorities()) + " (" + decision.meeting() + ", "
                + decision.decidedOn() + ")";
    }

    private static String summary(List<Priority> priorities) {
        return String.join(", ", priorities.stream().map(Priority::concern).toList());
    }
}
