package uk.gov.safervoices.admin.database;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a duplicate-key violation of one named unique key from every other failure, on MySQL/MariaDB (error 1062,
 * "Duplicate entry '...' for key 'uq_...'") and on H2 (SQL state 23505, naming an index "uq_..._INDEX_n"). A caller
 * that can choose again (a fresh slug or reference) catches it around its INSERT; on both databases only that
 * statement is undone, so the transaction carries on.
 */
public final class DuplicateKey {
    private static final int MYSQL_DUPLICATE_ENTRY = 1062;
    private static final String H2_DUPLICATE_KEY = "23505";

    private DuplicateKey() {
    }

    /** Whether {@code failure} is a duplicate entry for the unique key named {@code key} (as in the migration). */
    public static boolean on(SQLException failure, String key) {
        boolean duplicate = failure.getErrorCode() == MYSQL_DUPLICATE_ENTRY
                || H2_DUPLICATE_KEY.equals(failure.getSQLState());
        String message = failure.getMessage();
        return duplicate && message != null
                && message.toLowerCase(Locale.ROOT).contains(key.toLowerCase(Locale.ROOT));
    }
}
