package uk.gov.safervoices.portal.staff.crime;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Crime files for tests (src/test/resources/crime), and emptying the crime tables. */
@Singleton
public class CrimeFixtures {
    private final JdbcOperations jdbc;

    CrimeFixtures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties the imported counts, imports and lookup (the crime pages' tests are the only writers). */
    @Transactional
    public void empty() {
        for (String table : List.of("crime_count", "crime_import", "lsoa_ward")) {
            jdbc.prepareStatement("DELETE FROM " + table, statement -> statement.executeUpdate());
        }
    }

    public static String resource(String name) {
        try (InputStream in = CrimeFixtures.class.getResourceAsStream("/crime/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
