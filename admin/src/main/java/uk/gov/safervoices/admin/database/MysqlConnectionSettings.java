package uk.gov.safervoices.admin.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Connector/J settings for MySQL and MariaDB, added to the datasource unless the operator set them (in the JDBC URL
 * or as datasource properties). The ones that matter most: a response's answer rows go to the server as one
 * multi-row INSERT instead of one statement each ({@code rewriteBatchedStatements}), prepared statements are
 * kept, and the driver does not ask the server what it already knows (autocommit, isolation, its configuration).
 * Embedded H2 refuses settings it does not know, so nothing is added for it.
 */
@Singleton
class MysqlConnectionSettings implements BeanCreatedEventListener<DatasourceConfiguration> {
    static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("rewriteBatchedStatements", "true");
        settings.put("cachePrepStmts", "true");
        settings.put("prepStmtCacheSize", "250");
        settings.put("prepStmtCacheSqlLimit", "2048");
        settings.put("useServerPrepStmts", "true");
        settings.put("useLocalSessionState", "true");
        settings.put("useLocalTransactionState", "true");
        settings.put("cacheResultSetMetadata", "true");
        settings.put("cacheServerConfiguration", "true");
        settings.put("elideSetAutoCommits", "true");
        settings.put("maintainTimeStats", "false");
        return Map.copyOf(settings);
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        return apply(event.getBean());
    }

    static DatasourceConfiguration apply(DatasourceConfiguration configuration) {
        String url = configuration.getUrl();
        if (url == null || !(url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
            return configuration;
        }
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        DEFAULTS.forEach((name, value) -> {
            if (!configuration.getDataSourceProperties().containsKey(name) && !query.contains(name + "=")) {
                configuration.addDataSourceProperty(name, value);
            }
        });
        return configuration;
    }
}
