package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

/**
 * On MySQL and MariaDB, drops the single-column indexes on {@code response_id} of the two answer tables: V9's
 * {@code (response_id, question_id, ...)} indexes start with the same column, so they serve the foreign keys and
 * every lookup by response, and each stored answer then updates one secondary index on response_id, as before V9
 * (issue 3's submission rate). A Java migration because H2 will not drop an index a foreign key was created on,
 * and the SQL migrations must run on both; on H2 it does nothing.
 */
public class V10__Drop_answer_indexes_made_redundant extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX ix_answer_response ON response_answer");
            statement.execute("DROP INDEX ix_equality_answer_response ON response_equality_answer");
        }
    }
}
