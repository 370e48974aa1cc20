package uk.gov.safervoices.admin.meeting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Places at a meeting. Every caller first takes the meeting's row lock ({@link MeetingRows#lock}) in its
 * transaction, so counting the places taken and giving one out cannot interleave with another registration,
 * cancellation or change of capacity, on MariaDB (InnoDB row lock) and H2 (MVStore row lock) alike. Callers run at
 * READ COMMITTED: under InnoDB's default REPEATABLE READ a read made before the lock (finding a registration by its
 * reference) would fix the snapshot, and the counts after the lock would miss what others committed meanwhile.
 */
@Singleton
class WaitingList {
    private final JdbcOperations jdbc;

    WaitingList(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    int count(long meetingId, Registrations.Status status) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ? AND status = ?",
                statement -> {
                    statement.setLong(1, meetingId);
                    statement.setString(2, status.name());
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getInt(1);
                    }
                });
    }

    /** Places left (Integer.MAX_VALUE without a limit); may be negative after capacity was lowered. */
    int free(long meetingId, Integer capacity) {
        return capacity == null ? Integer.MAX_VALUE : capacity - count(meetingId, Registrations.Status.CONFIRMED);
    }

    /** Gives free places to the waiting list, first come first served; answers how many were promoted. */
    int promote(long meetingId, Integer capacity, Instant now) {
        int free = free(meetingId, capacity);
        if (free <= 0) {
            return 0;
        }
        List<Long> waiting = jdbc.prepareStatement("SELECT id FROM meeting_registration WHERE meeting_id = ?"
                + " AND status = 'WAITING' ORDER BY id LIMIT ?", statement -> {
            statement.setLong(1, meetingId);
            statement.setInt(2, Math.min(free, 1_000_000));
            List<Long> ids = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            return ids;
        });
        for (Long id : waiting) {
            jdbc.prepareStatement("UPDATE meeting_registration SET status = 'CONFIRMED', promoted_at = ?"
                    + " WHERE id = ? AND status = 'WAITING'", statement -> {
                MeetingTimes.bind(statement, now, id);
                return statement.executeUpdate();
            });
        }
        return waiting.size();
    }
}
