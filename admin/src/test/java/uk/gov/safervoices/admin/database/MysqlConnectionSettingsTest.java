package uk.gov.safervoices.admin.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MysqlConnectionSettingsTest {
    private static DatasourceConfiguration datasource(String url) {
        DatasourceConfiguration configuration = new DatasourceConfiguration("default");
        configuration.setUrl(url);
        return MysqlConnectionSettings.apply(configuration);
    }

    @Test
    void mysqlAndMariadbGetTheDriverSettings() {
        for (String url : new String[] {"jdbc:mysql://db:3306/sv", "jdbc:mariadb://db/sv"}) {
            DatasourceConfiguration configuration = datasource(url);
            assertEquals("true", configuration.getDataSourceProperties().get("rewriteBatchedStatements"), url);
            assertEquals(MysqlConnectionSettings.DEFAULTS.size(), configuration.getDataSourceProperties().size(), url);
        }
    }

    @Test
    void whatTheOperatorSetIsKept() {
        DatasourceConfiguration configuration = datasource("jdbc:mysql://db:3306/sv?rewriteBatchedStatements=false");
        assertFalse(configuration.getDataSourceProperties().containsKey("rewriteBatchedStatements"));
        assertTrue(configuration.getDataSourceProperties().containsKey("cachePrepStmts"));
    }

    @Test
    void embeddedH2GetsNothingItWouldRefuse() {
        assertTrue(datasource("jdbc:h2:mem:x;MODE=MySQL").getDataSourceProperties().isEmpty());
    }
}
