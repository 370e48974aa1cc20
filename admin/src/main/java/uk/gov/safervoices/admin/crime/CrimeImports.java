package uk.gov.safervoices.admin.crime;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.crime.core.CrimeTypeMapping;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Imports police recorded crime: reads every file first ({@link CrimeAggregation}) and saves nothing if any row
 * cannot be read; otherwise, in one transaction, replaces the counts of each month and force the files cover,
 * records the import and audits it.
 */
@Singleton
public class CrimeImports {
    private static final int MAX_TEXT = 2000;

    private final JdbcOperations jdbc;
    private final CrimeMappings mappings;
    private final AuditLog audit;
    private final Clock clock;

    CrimeImports(JdbcOperations jdbc, CrimeMappings mappings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.mappings = mappings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome: what was read, and the import saved (absent when the reading had problems). */
    public record Outcome(CrimeReading reading, CrimeImport saved, List<YearMonth> replacedMonths) {
        public boolean ok() {
            return saved != null;
        }
    }

    @Transactional
    public Outcome importFiles(String actor, List<CrimeFile> files) {
        Set<String> knownTypes = mappings.crimeTypes().stream().map(CrimeTypeSetting::mapping)
                .map(CrimeTypeMapping::crimeType).collect(Collectors.toSet());
        CrimeAggregation aggregation = new CrimeAggregation(mappings.lsoaWards(), knownTypes);
        files.forEach(aggregation::read);
        CrimeReading reading = aggregation.result();
        if (!reading.ok()) {
            return new Outcome(reading, null, List.of());
        }
        Set<CrimeAggregation.CountKey> periods = new TreeSet<>();
        reading.counts().keySet().forEach(key -> periods.add(new CrimeAggregation.CountKey(key.month(),
                key.reportedBy(), "", "")));
        Set<YearMonth> replaced = new TreeSet<>();
        for (CrimeAggregation.CountKey period : periods) {
            int deleted = jdbc.prepareStatement("DELETE FROM crime_count WHERE crime_month = ? AND reported_by = ?",
                    statement -> {
                        statement.setString(1, period.month().toString());
                        statement.setString(2, period.reportedBy());
                        return statement.executeUpdate();
                    });
            if (deleted > 0) {
                replaced.add(period.month());
            }
        }
        long id = insertImport(actor, reading);
        jdbc.prepareStatement("INSERT INTO crime_count (crime_month, reported_by, ward_code, crime_type, crimes,"
                + " import_id) VALUES (?, ?, ?, ?, ?, ?)", statement -> {
            for (var entry : reading.counts().entrySet()) {
                statement.setString(1, entry.getKey().month().toString());
                statement.setString(2, entry.getKey().reportedBy());
                statement.setString(3, entry.getKey().wardCode());
                statement.setString(4, entry.getKey().crimeType());
                statement.setLong(5, entry.getValue());
                statement.setLong(6, id);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        CrimeImport saved = find(id);
        audit.record(actor, "crime.imported", "crime_import", id, replaced.isEmpty() ? null
                : "replaced " + join(replaced), saved.rows() + " rows, months " + saved.months() + ", "
                + saved.outsideRows() + " outside the area, " + saved.unknownTypeRows() + " of unmapped types");
        return new Outcome(reading, saved, List.copyOf(replaced));
    }

    /** Every import, newest first. */
    @Transactional
    public List<CrimeImport> all() {
        return select("SELECT id, imported_by, imported_at, files, months, rows_read, unmapped_lsoa_rows,"
                + " unknown_type_rows FROM crime_import ORDER BY id DESC", null);
    }

    private CrimeImport find(long id) {
        return select("SELECT id, imported_by, imported_at, files, months, rows_read, unmapped_lsoa_rows,"
                + " unknown_type_rows FROM crime_import WHERE id = ?", id).get(0);
    }

    private List<CrimeImport> select(String sql, Long id) {
        return jdbc.prepareStatement(sql, statement -> {
            if (id != null) {
                statement.setLong(1, id);
            }
            List<CrimeImport> imports = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    imports.add(new CrimeImport(result.getLong(1), result.getString(2),
                            result.getTimestamp(3).toInstant(), result.getString(4), result.getString(5),
                            result.getLong(6), result.getLong(7), result.getLong(8)));
                }
            }
            return imports;
        });
    }

    private long insertImport(String actor, CrimeReading reading) {
        try (PreparedStatement statement = jdbc.getConnection().prepareStatement("INSERT INTO crime_import"
                + " (imported_by, imported_at, files, months, rows_read, unmapped_lsoa_rows, unknown_type_rows)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, actor);
            statement.setTimestamp(2, Timestamp.from(clock.instant()));
            statement.setString(3, shorten(String.join(", ", reading.files()), MAX_TEXT));
            statement.setString(4, shorten(join(reading.months()), 1000));
            statement.setLong(5, reading.rows());
            statement.setLong(6, reading.outsideRows());
            statement.setLong(7, reading.unknownTypeRows());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Saving the crime import failed", e);
        }
    }

    private static String join(Iterable<YearMonth> months) {
        List<String> text = new ArrayList<>();
        months.forEach(month -> text.add(month.toString()));
        return String.join(", ", text);
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }
}
