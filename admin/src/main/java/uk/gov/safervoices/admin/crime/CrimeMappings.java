package uk.gov.safervoices.admin.crime;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configurable mappings behind the crime indicators: each police crime type's concern and harm weight, and
 * the LSOA to ward lookup. Every change is audited. The lookup is applied when crimes are imported, so import
 * again after changing it.
 */
@Singleton
public class CrimeMappings {
    public static final int MAX_SOURCE_LENGTH = 500;

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CrimeMappings(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every crime type with a mapping, by name. */
    @Transactional
    public List<CrimeTypeSetting> crimeTypes() {
        return jdbc.prepareStatement("SELECT crime_type, concern_code, harm_weight, harm_source, updated_by,"
                + " updated_at FROM crime_type_mapping ORDER BY crime_type", statement -> {
            List<CrimeTypeSetting> settings = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    settings.add(new CrimeTypeSetting(result.getString(1), result.getString(2), result.getDouble(3),
                            result.getString(4), result.getString(5), result.getTimestamp(6).toInstant()));
                }
            }
            return settings;
        });
    }

    /** Crime types in imported counts that have no mapping yet. */
    @Transactional
    public List<String> unmappedImportedTypes() {
        return jdbc.prepareStatement("SELECT DISTINCT c.crime_type FROM crime_count c LEFT JOIN crime_type_mapping m"
                + " ON m.crime_type = c.crime_type WHERE m.crime_type IS NULL ORDER BY c.crime_type", statement -> {
            List<String> types = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    types.add(result.getString(1));
                }
            }
            return types;
        });
    }

    /** Saves these crime types' settings (adding those not yet mapped); audits each that changed. */
    @Transactional
    public void saveCrimeTypes(String actor, List<CrimeTypeSetting> settings) {
        Map<String, CrimeTypeSetting> before = new HashMap<>();
        crimeTypes().forEach(setting -> before.put(setting.crimeType(), setting));
        Timestamp now = Timestamp.from(clock.instant());
        for (CrimeTypeSetting setting : settings) {
            CrimeTypeSetting old = before.get(setting.crimeType());
            if (old != null && Objects.equals(old.concernCode(), setting.concernCode())
                    && old.harmWeight() == setting.harmWeight() && old.harmSource().equals(setting.harmSource())) {
                continue;
            }
            String sql = old == null ? "INSERT INTO crime_type_mapping (concern_code, harm_weight, harm_source,"
                    + " updated_by, updated_at, crime_type) VALUES (?, ?, ?, ?, ?, ?)"
                    : "UPDATE crime_type_mapping SET concern_code = ?, harm_weight = ?, harm_source = ?,"
                    + " updated_by = ?, updated_at = ? WHERE crime_type = ?";
            jdbc.prepareStatement(sql, statement -> {
                if (setting.concernCode() == null) {
                    statement.setNull(1, Types.VARCHAR);
                } else {
                    statement.setString(1, setting.concernCode());
                }
                statement.setDouble(2, setting.harmWeight());
                statement.setString(3, setting.harmSource());
                statement.setString(4, actor);
                statement.setTimestamp(5, now);
                statement.setString(6, setting.crimeType());
                return statement.executeUpdate();
            });
            audit.record(actor, "crime.mapping.changed", "crime_type", setting.crimeType(),
                    old == null ? null : describe(old), describe(setting));
        }
    }

    /** The LSOA to ward lookup. */
    @Transactional
    public Map<String, String> lsoaWards() {
        return jdbc.prepareStatement("SELECT lsoa_code, ward_code FROM lsoa_ward", statement -> {
            Map<String, String> wards = new HashMap<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    wards.put(result.getString(1), result.getString(2));
                }
            }
            return wards;
        });
    }

    /** Replaces the whole lookup. */
    @Transactional
    public void replaceLsoaWards(String actor, Map<String, String> wards) {
        int before = lsoaWards().size();
        jdbc.prepareStatement("DELETE FROM lsoa_ward", statement -> statement.executeUpdate());
        jdbc.prepareStatement("INSERT INTO lsoa_ward (lsoa_code, ward_code) VALUES (?, ?)", statement -> {
            for (Map.Entry<String, String> entry : wards.entrySet()) {
                statement.setString(1, entry.getKey());
                statement.setString(2, entry.getValue());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        audit.record(actor, "crime.lsoa_wards.replaced", "lsoa_ward", null, before + " LSOAs",
                wards.size() + " LSOAs in " + wards.values().stream().distinct().count() + " wards");
    }

    private static String describe(CrimeTypeSetting setting) {
        return "concern " + (setting.concernCode() == null ? "none" : setting.concernCode()) + ", harm "
                + setting.harmWeight() + " (" + setting.harmSource() + ")";
    }
}
