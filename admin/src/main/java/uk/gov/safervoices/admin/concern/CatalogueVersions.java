package uk.gov.safervoices.admin.concern;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;


import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The stored versions of the concern catalogue (V16), read and written inside the callers' transactions. */
@Singleton
class CatalogueVersions {
    private static final String COLUMNS = "id, version_number, catalogue_yaml, sha256, created_by, created_at, summary";
    private final JdbcOperations jdbc;

    CatalogueVersions(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CatalogueVersion> latest() {
        return latest("");
    }

    /** The latest version, its row locked until the transaction ends (two saves queue here). */
    Optional<CatalogueVersion> latestForUpdate() {
        return latest(" FOR UPDATE");
    }

    /** The number of the latest version, without reading its text. */
    Optional<Integer> latestNumber() {
        return jdbc.prepareStatement("SELECT MAX(version_number) FROM concern_catalogue_version", statement -> {
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                int number = result.getInt(1);
                return result.wasNull() ? Optional.empty() : Optional.of(number);
            }
        });
    }

    private Optional<CatalogueVersion> latest(String lock) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM concern_catalogue_version ORDER BY version_number"
                + " DESC LIMIT 1" + lock, statement -> {
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(read(result)) : Optional.empty();
            }
        });
    }

    CatalogueVersion insert(int versionNumber, String yaml, String sha256, String createdBy, Instant at,
                            String summary) {
        jdbc.prepareStatement("INSERT INTO concern_catalogue_version (version_number, catalogue_yaml, sha256,"
                + " created_by, created_at, summary) VALUES (?, ?, ?, ?, ?, ?)", statement -> {
            statement.setInt(1, versionNumber);
            statement.setString(2, yaml);
            statement.setString(3, sha256);
            statement.setString(4, createdBy);
            statement.setTimestamp(5, Timestamp.from(at));
            statement.setString(6, summary.length() > 500 ? summary.substring(0, 497) + "..." : summary);
            return statement.executeUpdate();
        });
        return latest().orElseThrow();
    }

    private static CatalogueVersion read(ResultSet result) throws SQLException {
        return new CatalogueVersion(result.getLong(1), result.getInt(2), result.getString(3), result.getString(4),
                result.getString(5), result.getTimestamp(6).toInstant(), result.getString(7));
    }

}
