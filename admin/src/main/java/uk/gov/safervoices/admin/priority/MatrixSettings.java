package uk.gov.safervoices.admin.priority;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the partnership set for a plan year's priority matrix (V14, ADR 0025): where the evidence comes from, the
 * criteria and their weights, and its own scores per concern. Every change is guarded by the revision it was made
 * on (two people editing at once: the second is told, nothing is lost silently) and audited.
 */
@Singleton
public class MatrixSettings {
    /** The built-in criteria, in the order they are shown. */
    public static final String COMMUNITY_CONCERN = "community_concern";
    public static final String CRIME_VOLUME = "crime_volume";
    public static final String CRIME_TREND = "crime_trend";
    public static final String CRIME_HARM = "crime_harm";
    public static final List<String> BUILT_IN = List.of(COMMUNITY_CONCERN, CRIME_VOLUME, CRIME_TREND, CRIME_HARM);
    /** The partnership's own criteria's codes start with this. */
    public static final String OWN_PREFIX = "own_";
    public static final int MAX_OWN_CRITERIA = 8;
    private static final Pattern PLAN_YEAR = Pattern.compile("\\d{4}-\\d\\d");

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MatrixSettings(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A criterion as set: built-in ones take their name and source from the evidence; own ones are typed in. */
    public record CriterionSetting(String code, String name, String source, boolean higherIsPriority, double weight) {
        public boolean own() {
            return code.startsWith(OWN_PREFIX);
        }
    }

    /**
     * A plan year's matrix as set.
     *
     * @param consultationId the consultation whose ranked concerns are the community concern criterion; null: none
     * @param schemeId       the weighting scheme for those (its margins also give the population per 1,000)
     * @param crimeYear      the plan year (its first year) of police recorded crime used; null: none
     * @param scores         per own criterion, its score per concern
     */
    public record Setting(String planYear, Long consultationId, Long schemeId, Integer crimeYear, int revision,
                          String updatedBy, Instant updatedAt, List<CriterionSetting> criteria,
                          Map<String, Map<String, Double>> scores) {
        public Setting {
            criteria = List.copyOf(criteria);
            scores = Map.copyOf(scores);
        }

        public Optional<CriterionSetting> criterion(String code) {
            return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
        }
    }

    /** Thrown when the setting changed since the form was opened. */
    public static class StaleException extends RuntimeException {
        public StaleException(String planYear) {
            super("The matrix for " + planYear + " was changed by someone else meanwhile");
        }
    }

    public static boolean validPlanYear(String planYear) {
        if (planYear == null || !PLAN_YEAR.matcher(planYear).matches()) {
            return false;
        }
        int start = Integer.parseInt(planYear.substring(0, 4));
        return Integer.parseInt(planYear.substring(5)) == (start + 1) % 100;
    }

    /** "2026-27" for the plan year starting in April 2026. */
    public static String planYear(int startYear) {
        return String.format(Locale.ROOT, "%d-%02d", startYear, (startYear + 1) % 100);
    }

    public static int startYear(String planYear) {
        return Integer.parseInt(planYear.substring(0, 4));
    }

    /** The default weight: the community's view and the crime data's three measures count equally. */
    static final double DEFAULT_WEIGHT = 1;

    /** The plan year a day falls in ("2026-27" for any day from 1 April 2026 to 31 March 2027). */
    public static String planYearOf(java.time.LocalDate day) {
        return planYear(uk.gov.safervoices.admin.crime.core.PlanYear.of(java.time.YearMonth.from(day)).startYear());
    }

    /** The plan years with a matrix, latest first. */
    @Transactional
    public List<String> planYears() {
        return jdbc.prepareStatement("SELECT plan_year FROM priority_matrix ORDER BY plan_year DESC", statement -> {
            List<String> years = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    years.add(row.getString(1));
                }
            }
            return years;
        });
    }

    @Transactional
    public Optional<Setting> find(String planYear) {
        return jdbc.prepareStatement("SELECT consultation_id, scheme_id, crime_year, revision, updated_by, updated_at"
                + " FROM priority_matrix WHERE plan_year = ?", statement -> {
            statement.setString(1, planYear);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Long consultation = nullableLong(row, 1);
                Long scheme = nullableLong(row, 2);
                int crime = row.getInt(3);
                Integer crimeYear = row.wasNull() ? null : crime;
                return Optional.of(new Setting(planYear, consultation, scheme, crimeYear, row.getInt(4),
                        row.getString(5), row.getTimestamp(6).toInstant(), criteria(statement, planYear),
                        scores(statement, planYear)));
            }
        });
    }

    /** The evidence and the weights of every criterion; creates the plan year's matrix when it has none. */
    public record Sources(Long consultationId, Long schemeId, Integer crimeYear, Map<String, Double> weights) {
        public Sources {
            weights = Map.copyOf(weights);
        }
    }

    /**
     * Saves the evidence and the weights; {@code revision} is the one the form was opened on (0 for a new matrix).
     * A weight missing from {@code sources} keeps its value.
     */
    @Transactional
    public Setting save(String actor, String planYear, int revision, Sources sources) {
        checkPlanYear(planYear);
        Optional<Setting> before = find(planYear);
        if (before.isEmpty()) {
            if (revision != 0) {
                throw new StaleException(planYear);
            }
            jdbc.prepareStatement("INSERT INTO priority_matrix (plan_year, consultation_id, scheme_id, crime_year,"
                    + " revision, updated_by, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)", statement -> {
                statement.setString(1, planYear);
                setSources(statement, 2, sources);
                statement.setString(5, actor);
                statement.setTimestamp(6, Timestamp.from(clock.instant()));
                return statement.executeUpdate();
            });
            int position = 0;
            for (String code : BUILT_IN) {
                insertCriterion(planYear, new CriterionSetting(code, code, "", true,
                        sources.weights().getOrDefault(code, DEFAULT_WEIGHT)), ++position);
            }
        } else {
            bump(actor, planYear, revision, "consultation_id = ?, scheme_id = ?, crime_year = ?, ", statement -> {
                setSources(statement, 1, sources);
                return 4;
            });
        }
        jdbc.prepareStatement("UPDATE priority_matrix_criterion SET weight = ? WHERE plan_year = ? AND code = ?",
                statement -> {
                    for (Map.Entry<String, Double> weight : sources.weights().entrySet()) {
                        statement.setDouble(1, checkWeight(weight.getValue()));
                        statement.setString(2, planYear);
                        statement.setString(3, weight.getKey());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
        Setting after = find(planYear).orElseThrow();
        audit.record(actor, before.isEmpty() ? "priority.matrix.created" : "priority.matrix.changed",
                "priority_matrix", planYear, before.map(MatrixSettings::summary).orElse(null), summary(after));
        return after;
    }

    /** Adds one of the partnership's own criteria, with no scores yet; returns its code. */
    @Transactional
    public String addCriterion(String actor, String planYear, int revision, String name, String source,
                               boolean higherIsPriority, double weight) {
        Setting before = find(planYear).orElseThrow(() -> new StaleException(planYear));
        if (before.criteria().stream().filter(CriterionSetting::own).count() >= MAX_OWN_CRITERIA) {
            throw new IllegalArgumentException("A matrix has at most " + MAX_OWN_CRITERIA + " criteria of its own");
        }
        String code = uniqueCode(before, name);
        bump(actor, planYear, revision, "", statement -> 1);
        insertCriterion(planYear, new CriterionSetting(code, name.strip(), source.strip(), higherIsPriority,
                checkWeight(weight)), before.criteria().size() + 1);
        audit.record(actor, "priority.matrix.criterion_added", "priority_matrix", planYear, null,
                code + ": " + name.strip() + " (weight " + weight + ")");
        return code;
    }

    /** Changes one of the partnership's own criteria and replaces its scores (a concern left out has none). */
    @Transactional
    public void updateCriterion(String actor, String planYear, int revision, String code, String name, String source,
                                boolean higherIsPriority, Map<String, Double> scores) {
        Setting before = find(planYear).orElseThrow(() -> new StaleException(planYear));
        CriterionSetting criterion = before.criterion(code).filter(CriterionSetting::own)
                .orElseThrow(() -> new IllegalArgumentException("No criterion of the partnership's own: " + code));
        bump(actor, planYear, revision, "", statement -> 1);
        jdbc.prepareStatement("UPDATE priority_matrix_criterion SET name = ?, source = ?, higher_is_priority = ?"
                + " WHERE plan_year = ? AND code = ?", statement -> {
            statement.setString(1, name.strip());
            statement.setString(2, source.strip());
            statement.setBoolean(3, higherIsPriority);
            statement.setString(4, planYear);
            statement.setString(5, code);
            return statement.executeUpdate();
        });
        deleteScores(planYear, code);
        jdbc.prepareStatement("INSERT INTO priority_matrix_score (plan_year, criterion_code, concern_code, score)"
                + " VALUES (?, ?, ?, ?)", statement -> {
            for (Map.Entry<String, Double> score : scores.entrySet()) {
                if (!Double.isFinite(score.getValue())) {
                    throw new IllegalArgumentException("A score must be a number: " + score.getKey());
                }
                statement.setString(1, planYear);
                statement.setString(2, code);
                statement.setString(3, score.getKey());
                statement.setDouble(4, score.getValue());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        audit.record(actor, "priority.matrix.scores_changed", "priority_matrix", planYear,
                criterion.name() + ": " + scoreSummary(before.scores().getOrDefault(code, Map.of())),
                name.strip() + ": " + scoreSummary(scores));
    }

    /** Removes one of the partnership's own criteria and its scores. */
    @Transactional
    public void removeCriterion(String actor, String planYear, int revision, String code) {
        Setting before = find(planYear).orElseThrow(() -> new StaleException(planYear));
        CriterionSetting criterion = before.criterion(code).filter(CriterionSetting::own)
                .orElseThrow(() -> new IllegalArgumentException("No criterion of the partnership's own: " + code));
        bump(actor, planYear, revision, "", statement -> 1);
        deleteScores(planYear, code);
        jdbc.prepareStatement("DELETE FROM priority_matrix_criterion WHERE plan_year = ? AND code = ?", statement -> {
            statement.setString(1, planYear);
            statement.setString(2, code);
            return statement.executeUpdate();
        });
        audit.record(actor, "priority.matrix.criterion_removed", "priority_matrix", planYear,
                code + ": " + criterion.name() + "; " + scoreSummary(before.scores().getOrDefault(code, Map.of())),
                null);
    }

    @FunctionalInterface
    private interface Parameters {
        /** Sets the SET clause's parameters from 1; returns the next parameter index. */
        int set(PreparedStatement statement) throws SQLException;
    }

    /** Moves the revision on, if it is still the one the change was made on. */
    private void bump(String actor, String planYear, int revision, String set, Parameters parameters) {
        int changed = jdbc.prepareStatement("UPDATE priority_matrix SET " + set + "revision = revision + 1,"
                + " updated_by = ?, updated_at = ? WHERE plan_year = ? AND revision = ?", statement -> {
            int next = parameters.set(statement);
            statement.setString(next, actor);
            statement.setTimestamp(next + 1, Timestamp.from(clock.instant()));
            statement.setString(next + 2, planYear);
            statement.setInt(next + 3, revision);
            return statement.executeUpdate();
        });
        if (changed != 1) {
            throw new StaleException(planYear);
        }
    }

    private void insertCriterion(String planYear, CriterionSetting criterion, int position) {
        jdbc.prepareStatement("INSERT INTO priority_matrix_criterion (plan_year, code, name, source,"
                + " higher_is_priority, weight, position) VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setString(1, planYear);
            statement.setString(2, criterion.code());
            statement.setString(3, criterion.name());
            statement.setString(4, criterion.source());
            statement.setBoolean(5, criterion.higherIsPriority());
            statement.setDouble(6, criterion.weight());
            statement.setInt(7, position);
            return statement.executeUpdate();
        });
    }

    private void deleteScores(String planYear, String code) {
        jdbc.prepareStatement("DELETE FROM priority_matrix_score WHERE plan_year = ? AND criterion_code = ?",
                statement -> {
                    statement.setString(1, planYear);
                    statement.setString(2, code);
                    return statement.executeUpdate();
                });
    }

    private static void setSources(PreparedStatement statement, int first, Sources sources) throws SQLException {
        setNullable(statement, first, sources.consultationId());
        setNullable(statement, first + 1, sources.schemeId());
        if (sources.crimeYear() == null) {
            statement.setNull(first + 2, Types.INTEGER);
        } else {
            statement.setInt(first + 2, sources.crimeYear());
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static List<CriterionSetting> criteria(PreparedStatement owner, String planYear) throws SQLException {
        try (PreparedStatement statement = owner.getConnection().prepareStatement("SELECT code, name, source,"
                + " higher_is_priority, weight FROM priority_matrix_criterion WHERE plan_year = ? ORDER BY position")) {
            statement.setString(1, planYear);
            List<CriterionSetting> criteria = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    criteria.add(new CriterionSetting(row.getString(1), row.getString(2), row.getString(3),
                            row.getBoolean(4), row.getDouble(5)));
                }
            }
            return criteria;
        }
    }

    private static Map<String, Map<String, Double>> scores(PreparedStatement owner, String planYear)
            throws SQLException {
        try (PreparedStatement statement = owner.getConnection().prepareStatement("SELECT criterion_code,"
                + " concern_code, score FROM priority_matrix_score WHERE plan_year = ?"
                + " ORDER BY criterion_code, concern_code")) {
            statement.setString(1, planYear);
            Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    scores.computeIfAbsent(row.getString(1), c -> new LinkedHashMap<>())
                            .put(row.getString(2), row.getDouble(3));
                }
            }
            return scores;
        }
    }

    private static String uniqueCode(Setting setting, String name) {
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        slug = slug.isEmpty() ? "criterion" : slug.substring(0, Math.min(40, slug.length()));
        String code = OWN_PREFIX + slug;
        for (int n = 2; setting.criterion(code).isPresent(); n++) {
            code = OWN_PREFIX + slug + "_" + n;
        }
        return code;
    }

    private static void checkPlanYear(String planYear) {
        if (!validPlanYear(planYear)) {
            throw new IllegalArgumentException("A plan year is written like 2026-27, not " + planYear);
        }
    }

    private static double checkWeight(Double weight) {
        if (weight == null || !(weight >= 0) || weight > 100) {
            throw new IllegalArgumentException("A weight must be a number from 0 to 100, not " + weight);
        }
        return weight;
    }

    private static String summary(Setting setting) {
        StringBuilder text = new StringBuilder("consultation ").append(setting.consultationId())
                .append(", scheme ").append(setting.schemeId()).append(", crime year ").append(setting.crimeYear())
                .append("; weights");
        setting.criteria().forEach(c -> text.append(' ').append(c.code()).append('=').append(c.weight()));
        return text.toString();
    }

    private static String scoreSummary(Map<String, Double> scores) {
        List<String> parts = new ArrayList<>();
        scores.forEach((concern, score) -> parts.add(concern + "=" + score));
        return parts.isEmpty() ? "no scores" : String.join(", ", parts);
    }
}
