package uk.gov.safervoices.portal.staff;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Another writer at the same moment as a request, made to collide every time: it inserts a row on a connection of
 * its own and holds it uncommitted; once a server thread running the named class is inside a JDBC
 * {@code executeUpdate} (waiting on the unique key behind the uncommitted row, having looked and seen no such row),
 * it commits, and the request meets the duplicate key exactly as in a real race. (The admin module's tests have the
 * same for a call on a thread of the test's own.)
 */
public final class AnotherWriter implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Connection connection;

    private AnotherWriter(Connection connection) {
        this.connection = connection;
    }

    /** Inserts a row (any SQL with parameters) and holds it uncommitted. */
    public static AnotherWriter inserting(DataSource dataSource, String sql, Object... parameters) {
        try {
            Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
            return new AnotherWriter(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Commits once a thread running a class whose name contains {@code caller} waits in a JDBC update. */
    public void commitWhenBlocked(String caller) throws SQLException, InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> blockedIn(t, caller))) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Nothing in " + caller + " waited on the other writer's row within "
                        + PATIENCE);
            }
            Thread.sleep(20);
        }
        connection.commit();
    }

    private static boolean blockedIn(Thread thread, String caller) {
        StackTraceElement[] stack = thread.getStackTrace();
        return Arrays.stream(stack).anyMatch(f -> f.getClassName().contains(caller))
                && Arrays.stream(stack).anyMatch(f -> f.getMethodName().startsWith("executeUpdate")
                && f.getClassName().toLowerCase(Locale.ROOT).contains("jdbc"));
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
            }
        } finally {
            connection.close();
        }
    }
}
