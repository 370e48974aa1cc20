package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads version rows with plain SQL on a connection of its own (from the pool itself, not the current transaction's):
 * what the database holds, committed.
 */
@Singleton
class StoredVersions {

    /** A version row as stored. */
    record Row(String status, String sourceYaml, String sourceSha256, String publishedAt) { }

    private final DataSource dataSource;

    StoredVersions(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    Optional<Row> row(long versionId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT status, source_yaml, source_sha256, "
                     + "published_at FROM questionnaire_version WHERE id = ?")) {
            statement.setLong(1, versionId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Row(rows.getString(1), rows.getString(2), rows.getString(3),
                        String.valueOf(rows.getTimestamp(4)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long versionCount(long questionnaireId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM questionnaire_version WHERE questionnaire_id = ?")) {
            statement.setLong(1, questionnaireId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
