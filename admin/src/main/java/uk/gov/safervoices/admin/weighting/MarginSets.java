package uk.gov.safervoices.admin.weighting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.database.AnalysisRevision;
import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.MarginCategory;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Population margins, uploaded as CSV ({@link MarginCsv}) and kept per area and source. Replacing a set's figures
 * keeps its id, so the weighting schemes using it weight to the new figures; every upload is audited and moves the
 * {@link AnalysisRevision} on.
 */
@Singleton
public class MarginSets {
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_SOURCE_LENGTH = 500;

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final AnalysisRevision revision;
    private final Clock clock;

    MarginSets(JdbcOperations jdbc, AuditLog audit, AnalysisRevision revision, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.revision = revision;
        this.clock = clock;
    }

    /** What describes a set: its name (unique), the area it covers and where the figures come from. */
    public record Description(String name, String area, String source) {
    }

    @Transactional
    public MarginSet create(String actor, Description description, List<Margin> margins) {
        Timestamp now = Timestamp.from(clock.instant());
        long id;
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement("INSERT INTO margin_set (name,"
                + " area, source, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, description.name());
            statement.setString(2, description.area());
            statement.setString(3, description.source());
            statement.setString(4, actor);
            statement.setTimestamp(5, now);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Saving the margin set failed", e);
        }
        insertPopulations(id, margins);
        audit.record(actor, "margins.uploaded", "margin_set", id, null, summary(margins));
        revision.changed();
        return find(id).orElseThrow();
    }

    /** New figures (and description) for an existing set. */
    @Transactional
    public MarginSet replace(String actor, long id, Description description, List<Margin> margins) {
        MarginSet before = find(id).orElseThrow(() -> new IllegalArgumentException("No margin set " + id));
        jdbc.prepareStatement("UPDATE margin_set SET name = ?, area = ?, source = ?, uploaded_by = ?,"
                + " uploaded_at = ? WHERE id = ?", statement -> {
            statement.setString(1, description.name());
            statement.setString(2, description.area());
            statement.setString(3, description.source());
            statement.setString(4, actor);
            statement.setTimestamp(5, Timestamp.from(clock.instant()));
            statement.setLong(6, id);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM margin_population WHERE margin_set_id = ?", statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate();
        });
        insertPopulations(id, margins);
        audit.record(actor, "margins.replaced", "margin_set", id, summary(before.margins()), summary(margins));
        revision.changed();
        return find(id).orElseThrow();
    }

    @Transactional
    public boolean nameTaken(String name, Long exceptId) {
        return jdbc.prepareStatement("SELECT id FROM margin_set WHERE name = ?", statement -> {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (exceptId == null || result.getLong(1) != exceptId) {
                        return true;
                    }
                }
                return false;
            }
        });
    }

    @Transactional
    public Optional<MarginSet> find(long id) {
        return all().stream().filter(set -> set.id() == id).findFirst();
    }

    /** Every set, by name, with its margins. */
    @Transactional
    public List<MarginSet> all() {
        Map<Long, Map<String, List<MarginCategory>>> populations = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT margin_set_id, variable, category, population FROM margin_population"
                + " ORDER BY margin_set_id, position", statement -> {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    populations.computeIfAbsent(result.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(result.getString(2), k -> new ArrayList<>())
                            .add(new MarginCategory(result.getString(3), result.getDouble(4)));
                }
            }
            return null;
        });
        return jdbc.prepareStatement("SELECT id, name, area, source, uploaded_by, uploaded_at FROM margin_set"
                + " ORDER BY name", statement -> {
            List<MarginSet> sets = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    List<Margin> margins = new ArrayList<>();
                    populations.getOrDefault(id, Map.of()).forEach((variable, categories) ->
                            margins.add(new Margin(variable, categories)));
                    sets.add(new MarginSet(id, result.getString(2), result.getString(3), result.getString(4),
                            result.getString(5), result.getTimestamp(6).toInstant(), margins));
                }
            }
            return sets;
        });
    }

    private void insertPopulations(long setId, List<Margin> margins) {
        jdbc.prepareStatement("INSERT INTO margin_population (margin_set_id, variable, category, position,"
                + " population) VALUES (?, ?, ?, ?, ?)", statement -> {
            int position = 0;
            for (Margin margin : margins) {
                for (MarginCategory category : margin.categories()) {
                    statement.setLong(1, setId);
                    statement.setString(2, margin.variable());
                    statement.setString(3, category.category());
                    statement.setInt(4, position++);
                    statement.setDouble(5, category.population());
                    statement.addBatch();
                }
            }
            return statement.executeBatch();
        });
    }

    /** For the audit log: variables and their totals, never more than a line. */
    private static String summary(List<Margin> margins) {
        StringBuilder text = new StringBuilder();
        for (Margin margin : margins) {
            text.append(text.isEmpty() ? "" : "; ").append(margin.variable()).append(": ")
                    .append(margin.categories().size()).append(" categories, total ")
                    .append(Math.round(margin.total()));
        }
        return text.toString();
    }
}
