package uk.gov.safervoices.admin.weighting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.database.AnalysisRevision;
import uk.gov.safervoices.admin.analysis.core.CategoryCollapse;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weighting schemes: saved, edited in place (every change audited, and the {@link AnalysisRevision} moved on so
 * cached results are recomputed), listed.
 */
@Singleton
public class WeightingSchemes {
    private static final String COLUMNS = "id, name, margin_set_id, variables, missing_answers, rescale_totals,"
            + " trim_lower, trim_upper, minimum_base, updated_by, updated_at";

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final AnalysisRevision revision;
    private final Clock clock;

    WeightingSchemes(JdbcOperations jdbc, AuditLog audit, AnalysisRevision revision, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.revision = revision;
        this.clock = clock;
    }

    /** A scheme as the form gives it (checked by {@link SchemeForm}). */
    public record Settings(String name, long marginSetId, List<String> variables,
                           RakingOptions.MissingAnswers missingAnswers, boolean rescaleTotals, Double trimLower,
                           Double trimUpper, int minimumBase, List<CategoryCollapse> collapses) {
        public Settings {
            variables = List.copyOf(variables);
            collapses = List.copyOf(collapses);
        }

        String describe() {
            return name + " | margins " + marginSetId + " | " + String.join(",", variables) + " | blanks "
                    + missingAnswers + (rescaleTotals ? " | rescale" : "")
                    + (trimUpper == null ? "" : " | trim " + trimLower + "-" + trimUpper) + " | min base " + minimumBase
                    + (collapses.isEmpty() ? "" : " | " + collapses.size() + " merges");
        }
    }

    @Transactional
    public WeightingScheme create(String actor, Settings settings) {
        long id;
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement("INSERT INTO weighting_scheme"
                + " (name, margin_set_id, variables, missing_answers, rescale_totals, trim_lower, trim_upper,"
                + " minimum_base, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, settings, actor);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Saving the weighting scheme failed", e);
        }
        insertCollapses(id, settings.collapses());
        audit.record(actor, "weighting_scheme.created", "weighting_scheme", id, null, settings.describe());
        revision.changed();
        return find(id).orElseThrow();
    }

    @Transactional
    public WeightingScheme update(String actor, long id, Settings settings) {
        WeightingScheme before = find(id).orElseThrow(() -> new IllegalArgumentException("No weighting scheme " + id));
        jdbc.prepareStatement("UPDATE weighting_scheme SET name = ?, margin_set_id = ?, variables = ?,"
                + " missing_answers = ?, rescale_totals = ?, trim_lower = ?, trim_upper = ?, minimum_base = ?,"
                + " updated_by = ?, updated_at = ? WHERE id = ?", statement -> {
            bind(statement, settings, actor);
            statement.setLong(11, id);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM weighting_collapse WHERE scheme_id = ?", statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate();
        });
        insertCollapses(id, settings.collapses());
        audit.record(actor, "weighting_scheme.changed", "weighting_scheme", id, settingsOf(before).describe(),
                settings.describe());
        revision.changed();
        return find(id).orElseThrow();
    }

    @Transactional
    public Optional<WeightingScheme> find(long id) {
        return all().stream().filter(scheme -> scheme.id() == id).findFirst();
    }

    @Transactional
    public boolean nameTaken(String name, Long exceptId) {
        return all().stream().anyMatch(s -> s.name().equalsIgnoreCase(name) && (exceptId == null || s.id() != exceptId));
    }

    /** Every scheme, by name. */
    @Transactional
    public List<WeightingScheme> all() {
        Map<Long, List<CategoryCollapse>> collapses = new HashMap<>();
        jdbc.prepareStatement("SELECT scheme_id, variable, into_category, categories FROM weighting_collapse"
                + " ORDER BY scheme_id, variable, into_category", statement -> {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    collapses.computeIfAbsent(result.getLong(1), k -> new ArrayList<>()).add(new CategoryCollapse(
                            result.getString(2), new LinkedHashSet<>(Arrays.asList(result.getString(4).split("\n"))),
                            result.getString(3)));
                }
            }
            return null;
        });
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM weighting_scheme ORDER BY name", statement -> {
            List<WeightingScheme> schemes = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    schemes.add(new WeightingScheme(id, result.getString(2), result.getLong(3),
                            List.of(result.getString(4).split(",")),
                            RakingOptions.MissingAnswers.valueOf(result.getString(5)), result.getBoolean(6),
                            (Double) result.getObject(7, Double.class), (Double) result.getObject(8, Double.class),
                            result.getInt(9), collapses.getOrDefault(id, List.of()), result.getString(10),
                            result.getTimestamp(11).toInstant()));
                }
            }
            return schemes;
        });
    }

    public static Settings settingsOf(WeightingScheme scheme) {
        return new Settings(scheme.name(), scheme.marginSetId(), scheme.variables(), scheme.missingAnswers(),
                scheme.rescaleTotals(), scheme.trimLower(), scheme.trimUpper(), scheme.minimumBase(),
                scheme.collapses());
    }

    private void bind(PreparedStatement statement, Settings settings, String actor) throws SQLException {
        statement.setString(1, settings.name());
        statement.setLong(2, settings.marginSetId());
        statement.setString(3, String.join(",", settings.variables()));
        statement.setString(4, settings.missingAnswers().name());
        statement.setBoolean(5, settings.rescaleTotals());
        statement.setObject(6, settings.trimLower(), Types.DOUBLE);
        statement.setObject(7, settings.trimUpper(), Types.DOUBLE);
        statement.setInt(8, settings.minimumBase());
        statement.setString(9, actor);
        statement.setTimestamp(10, Timestamp.from(clock.instant()));
    }

    private void insertCollapses(long schemeId, List<CategoryCollapse> collapses) {
        if (collapses.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO weighting_collapse (scheme_id, variable, into_category, categories)"
                + " VALUES (?, ?, ?, ?)", statement -> {
            for (CategoryCollapse collapse : collapses) {
                statement.setLong(1, schemeId);
                statement.setString(2, collapse.variable());
                statement.setString(3, collapse.into());
                statement.setString(4, String.join("\n", collapse.categories()));
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }
}
