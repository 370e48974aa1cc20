package uk.gov.safervoices.admin;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Another writer at the same moment, made to collide every time: it inserts a row on a connection of its own and
 * holds it uncommitted, while the code under test runs on another thread; once that thread is inside a JDBC
 * {@code executeUpdate} (waiting on the unique key behind the uncommitted row, having looked and seen no such row),
 * the other writer commits. The code under test then meets the duplicate key exactly as in a real race.
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

    /**
     * Runs {@code call} on a thread of its own, commits this writer's row once that thread is blocked in a JDBC
     * update, and answers what {@code call} answered (or throws what it threw).
     */
    public <T> T commitWhileBlocked(Callable<T> call) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            AtomicReference<Thread> worker = new AtomicReference<>();
            Future<T> result = executor.submit(() -> {
                worker.set(Thread.currentThread());
                return call.call();
            });
            awaitBlocked(worker::get, result);
            connection.commit();
            try {
                return result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static void awaitBlocked(Supplier<Thread> thread, Future<?> result) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            if (result.isDone()) {
                throw new AssertionError("The call finished without waiting on the other writer's row");
            }
            Thread t = thread.get();
            if (t != null && inJdbcUpdate(t)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Nothing waited on the other writer's row within " + PATIENCE);
    }

    private static boolean inJdbcUpdate(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).anyMatch(f -> f.getMethodName().startsWith("executeUpdate")
                && f.getClassName().toLowerCase(Locale.ROOT).contains("jdbc"));
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } finally {
            connection.close();
        }
    }
}
