package uk.gov.safervoices.portal.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guards CI's promise: when DATASOURCES_DEFAULT_URL points at MySQL/MariaDB, the tests really run there (and
 * otherwise on embedded H2), so a configuration mistake cannot quietly test H2 twice.
 */
@MicronautTest
class DatabaseTargetTest {
    @Inject DataSource dataSource;

    @Test
    void testsRunOnTheDatabaseTheEnvironmentNames() throws Exception {
        String configured = System.getenv().getOrDefault("DATASOURCES_DEFAULT_URL", "jdbc:h2:");
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (configured.startsWith("jdbc:mysql:") || configured.startsWith("jdbc:mariadb:")) {
                assertTrue(product.contains("mysql") || product.contains("mariadb"), product);
            } else {
                assertTrue(product.contains("h2"), product);
            }
        }
    }
}
