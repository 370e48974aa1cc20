package uk.gov.safervoices.admin.retention;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One meeting's registrations losing their personal data (name, accessibility needs, question for the panel), and
 * its audit entry, in one transaction. The rows stay, with their status and times, so the numbers registered and
 * on the waiting list stay true. Meeting times are UTC values (see V17 and {@code MeetingTimes}).
 */
@Singleton
public class MeetingRegistrationPurge {
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MeetingRegistrationPurge(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one meeting's purge removed. */
    public record Purged(long meetingId, int registrations) {
    }

    /** Meetings that ended by then and still hold personal data in a registration. */
    @Transactional
    List<Long> endedWithPersonalData(Instant endedBy) {
        return jdbc.prepareStatement("SELECT m.id FROM meeting m WHERE m.ends_at <= ? AND EXISTS (SELECT 1 FROM"
                + " meeting_registration r WHERE r.meeting_id = m.id AND r.personal_data_removed_at IS NULL)"
                + " ORDER BY m.id", statement -> {
            statement.setObject(1, LocalDateTime.ofInstant(endedBy, ZoneOffset.UTC));
            List<Long> ids = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            return ids;
        });
    }

    @Transactional
    Purged purge(long meetingId) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int removed = jdbc.prepareStatement("UPDATE meeting_registration SET name = NULL, accessibility_needs = NULL,"
                + " question = NULL, personal_data_removed_at = ? WHERE meeting_id = ?"
                + " AND personal_data_removed_at IS NULL", statement -> {
            statement.setObject(1, now);
            statement.setLong(2, meetingId);
            return statement.executeUpdate();
        });
        if (removed > 0) {
            jdbc.prepareStatement("UPDATE meeting SET registrations_purged_at = ? WHERE id = ?", statement -> {
                statement.setObject(1, now);
                statement.setLong(2, meetingId);
                return statement.executeUpdate();
            });
            audit.record(RetentionPurge.ACTOR, "retention.meeting_registrations_purged", "meeting", meetingId, null,
                    removed + " registrations' names, needs and questions removed");
        }
        return new Purged(meetingId, removed);
    }
}
