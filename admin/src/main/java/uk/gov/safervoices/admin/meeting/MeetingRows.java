package uk.gov.safervoices.admin.meeting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.database.DuplicateKey;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Reads meetings, their attendees and their questions, and writes their rows (callers hold the transaction). */
@Singleton
class MeetingRows {
    private static final String COLUMNS = "id, slug, title, summary, starts_at, ends_at, plan_year, venue_name,"
            + " venue_address, accessibility, online_url, agenda, capacity, status, publicised_at, cancelled_at,"
            + " cancel_reason, feedback_consultation_id, attendance, minutes, recorded_at, discussed_published_at,"
            + " registrations_purged_at, revision, created_by, created_at";

    private final JdbcOperations jdbc;

    MeetingRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Meeting> select(String where, Object... parameters) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM meeting " + where, statement -> {
            MeetingTimes.bind(statement, parameters);
            List<Meeting> meetings = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    meetings.add(meeting(row));
                }
            }
            return meetings;
        });
    }

    private static Meeting meeting(ResultSet row) throws SQLException {
        return new Meeting(row.getLong("id"), row.getString("slug"), row.getString("title"),
                row.getString("summary"), MeetingTimes.instant(row, "starts_at"), MeetingTimes.instant(row, "ends_at"),
                row.getString("plan_year"), row.getString("venue_name"), row.getString("venue_address"),
                row.getString("accessibility"), row.getString("online_url"), row.getString("agenda"),
                MeetingTimes.integer(row, "capacity"), Meeting.Status.valueOf(row.getString("status")),
                MeetingTimes.instant(row, "publicised_at"), MeetingTimes.instant(row, "cancelled_at"),
                row.getString("cancel_reason"), MeetingTimes.number(row, "feedback_consultation_id"),
                MeetingTimes.integer(row, "attendance"), row.getString("minutes"),
                MeetingTimes.instant(row, "recorded_at"), MeetingTimes.instant(row, "discussed_published_at"),
                MeetingTimes.instant(row, "registrations_purged_at"), row.getInt("revision"),
                row.getString("created_by"), MeetingTimes.instant(row, "created_at"));
    }

    List<Attendee> attendees(long meetingId) {
        return jdbc.prepareStatement("SELECT m.id, m.authority_id, a.name, a.kind, m.name, m.role, m.expected,"
                + " m.attended FROM meeting_attendee m JOIN responsible_authority a ON a.id = m.authority_id"
                + " JOIN responsible_authority_kind k ON k.code = a.kind"
                + " WHERE m.meeting_id = ? ORDER BY m.position, m.id", statement -> {
            statement.setLong(1, meetingId);
            List<Attendee> attendees = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    boolean attended = row.getBoolean(8);
                    attendees.add(new Attendee(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getBoolean(7), row.wasNull() ? null : attended));
                }
            }
            return attendees;
        });
    }

    List<Question> questions(long meetingId) {
        return jdbc.prepareStatement("SELECT question, answer, answered_by FROM meeting_question"
                + " WHERE meeting_id = ? ORDER BY position", statement -> {
            statement.setLong(1, meetingId);
            List<Question> questions = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    questions.add(new Question(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
            return questions;
        });
    }

    /** Takes the meeting's row lock for the rest of the transaction: every change to its places goes through it. */
    boolean lock(long meetingId) {
        return jdbc.prepareStatement("SELECT id FROM meeting WHERE id = ? FOR UPDATE", statement -> {
            statement.setLong(1, meetingId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
    }

    /**
     * Inserts a draft meeting under {@code slug}; answers its id, or empty when another meeting has that slug (only
     * the statement is undone: the caller's transaction carries on and may try another slug).
     */
    OptionalLong insert(String slug, MeetingDetails details, String actor, Instant now) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO meeting (slug, title, summary,"
                    + " starts_at, ends_at, plan_year, venue_name, venue_address, accessibility, online_url, agenda,"
                    + " capacity, status, feedback_consultation_id, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                MeetingTimes.bind(statement, slug, details.title(), details.summary(), details.startsAt(),
                        details.endsAt(), MeetingTimes.planYear(details.startsAt()), details.venueName(),
                        details.venueAddress(), details.accessibility(), details.onlineUrl(), details.agenda(),
                        details.capacity(), details.feedbackConsultationId(), actor, now);
                try {
                    statement.executeUpdate();
                } catch (SQLException e) {
                    if (DuplicateKey.on(e, "uq_meeting_slug")) {
                        return OptionalLong.empty();
                    }
                    throw e;
                }
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return OptionalLong.of(keys.getLong(1));
                }
            }
        });
    }

    int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            MeetingTimes.bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    static void batch(PreparedStatement statement, List<Object[]> rows) throws SQLException {
        for (Object[] row : rows) {
            MeetingTimes.bind(statement, row);
            statement.addBatch();
        }
        statement.executeBatch();
    }
}
