package uk.gov.safervoices.admin.meeting;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Meeting times. A meeting is entered and shown in UK time (Europe/London, so 7pm is 7pm in March and in
 * November), held as an {@link Instant}, and stored in the meeting tables as UTC wall-clock values, bound as
 * {@link LocalDateTime} in UTC so that neither the JVM's nor the database server's time zone can shift them.
 */
public final class MeetingTimes {
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private MeetingTimes() {
    }

    /** The plan year ("2026-27", 1 April to 31 March) of the UK date an instant falls on. */
    public static String planYear(Instant instant) {
        return planYear(instant.atZone(UK).toLocalDate());
    }

    public static String planYear(LocalDate date) {
        int start = uk.gov.safervoices.admin.crime.core.PlanYear.of(java.time.YearMonth.from(date)).startYear();
        return String.format("%d-%02d", start, (start + 1) % 100);
    }

    /** A UK wall-clock time as an instant: in the autumn's repeated hour, the earlier; in the spring gap, shifted on. */
    public static Instant fromUk(LocalDateTime ukTime) {
        return ukTime.atZone(UK).toInstant();
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (value instanceof Instant instant) {
                statement.setObject(i + 1, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(i + 1, flag);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Long number(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
