package uk.gov.safervoices.admin.meeting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partnership's responsible authorities (Crime and Disorder Act 1998 s.5): one of each of the five kinds to
 * start, named by the partnership; more of a kind where there are (a county and a district council). An authority
 * is retired, never deleted, so that past meetings keep naming it.
 */
@Singleton
public class ResponsibleAuthorities {
    public static final int MAX_NAME = 200;

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ResponsibleAuthorities(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A kind of responsible authority: council, police, fire, health or probation. */
    public record Kind(String code, String name) {
    }

    /** An authority as the partnership names it. */
    public record Authority(long id, String kind, String kindName, String name, boolean retired) {
    }

    @Transactional
    public List<Kind> kinds() {
        return jdbc.prepareStatement("SELECT code, name FROM responsible_authority_kind ORDER BY position",
                statement -> {
                    List<Kind> kinds = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            kinds.add(new Kind(row.getString(1), row.getString(2)));
                        }
                    }
                    return kinds;
                });
    }

    /** Every authority, retired ones last, each group in the order of the kinds. */
    @Transactional
    public List<Authority> all() {
        return jdbc.prepareStatement("SELECT a.id, a.kind, k.name, a.name, a.retired_at FROM responsible_authority a"
                + " JOIN responsible_authority_kind k ON k.code = a.kind"
                + " ORDER BY CASE WHEN a.retired_at IS NULL THEN 0 ELSE 1 END, k.position, a.position, a.id",
                statement -> {
                    List<Authority> authorities = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            authorities.add(new Authority(row.getLong(1), row.getString(2), row.getString(3),
                                    row.getString(4), row.getObject(5) != null));
                        }
                    }
                    return authorities;
                });
    }

    /** The authorities a meeting can name now. */
    public List<Authority> current() {
        return all().stream().filter(a -> !a.retired()).toList();
    }

    /** Renames authorities (id to new name); audited one entry per name changed. */
    @Transactional
    public void rename(String actor, Map<Long, String> names) {
        for (Authority authority : all()) {
            String name = names.get(authority.id());
            if (name == null || name.equals(authority.name())) {
                continue;
            }
            checkName(name);
            jdbc.prepareStatement("UPDATE responsible_authority SET name = ? WHERE id = ?", statement -> {
                MeetingTimes.bind(statement, name.trim(), authority.id());
                return statement.executeUpdate();
            });
            audit.record(actor, "authority.renamed", "responsible_authority", authority.id(), authority.name(),
                    name.trim());
        }
    }

    /** Adds an authority of a kind; answers its id. */
    @Transactional
    public long add(String actor, String kind, String name) {
        checkName(name);
        if (kinds().stream().noneMatch(k -> k.code().equals(kind))) {
            throw new IllegalArgumentException("No kind of responsible authority " + kind);
        }
        long id = jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("INSERT INTO responsible_authority (kind, name, position)"
                    + " SELECT ?, ?, COALESCE(MAX(position), 0) + 1 FROM responsible_authority",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                MeetingTimes.bind(statement, kind, name.trim());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        audit.record(actor, "authority.added", "responsible_authority", id, null, kind + ": " + name.trim());
        return id;
    }

    /** An authority by its id, retired or not. */
    public Optional<Authority> find(long id) {
        return all().stream().filter(a -> a.id() == id).findFirst();
    }

    /**
     * Retires an authority: meetings that name it keep it; new ones cannot name it, and the engagement record no
     * longer looks for someone from it. Audited with its name.
     *
     * @return false when there is no such authority or it was retired already (nothing is done)
     */
    @Transactional
    public boolean retire(String actor, long id) {
        Optional<Authority> authority = find(id).filter(a -> !a.retired());
        if (authority.isEmpty()) {
            return false;
        }
        int changed = jdbc.prepareStatement("UPDATE responsible_authority SET retired_at = ? WHERE id = ?"
                + " AND retired_at IS NULL", statement -> {
            MeetingTimes.bind(statement, clock.instant(), id);
            return statement.executeUpdate();
        });
        if (changed == 1) {
            audit.record(actor, "authority.retired", "responsible_authority", id, authority.get().name(), "retired");
        }
        return changed == 1;
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.trim().length() > MAX_NAME) {
            throw new IllegalArgumentException("An authority's name is from 1 to " + MAX_NAME + " characters");
        }
    }
}
