package uk.gov.safervoices.admin.meeting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.database.DuplicateKey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Residents' registrations for a meeting, without an account: a name or initials, optional accessibility needs
 * and an optional question for the panel, and a random reference to cancel with. Within the capacity a
 * registration gets a place; beyond it, a place on the waiting list, promoted in order as places free up. Each
 * change runs in one transaction holding the meeting's row lock (see {@link WaitingList}).
 *
 * <p>Registrations are personal data: a cancelled one loses its name, needs and question at once, and the rest are
 * removed by the retention purge after the meeting ({@code admin/retention}). Nothing here is logged or audited
 * (residents' own actions; staff changes that move the waiting list are audited by {@link Meetings}).
 */
@Singleton
public class Registrations {
    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 2000;
    /** How many references a registration draws before giving up, each refused only if already taken. */
    static final int REFERENCE_ATTEMPTS = 5;

    private final JdbcOperations jdbc;
    private final MeetingRows rows;
    private final WaitingList waitingList;
    private final RegistrationReferences references;
    private final Clock clock;

    Registrations(JdbcOperations jdbc, MeetingRows rows, WaitingList waitingList, RegistrationReferences references,
                  Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.waitingList = waitingList;
        this.references = references;
        this.clock = clock;
    }

    public enum Status { CONFIRMED, WAITING, CANCELLED }

    /** What a resident gives. */
    public record NewRegistration(String name, String accessibilityNeeds, String question) {
        public NewRegistration {
            if (name == null || name.isBlank() || name.trim().length() > MAX_NAME) {
                throw new IllegalArgumentException("A name or initials of up to " + MAX_NAME + " characters");
            }
            if (tooLong(accessibilityNeeds) || tooLong(question)) {
                throw new IllegalArgumentException("Up to " + MAX_TEXT + " characters");
            }
        }

        private static boolean tooLong(String text) {
            return text != null && text.length() > MAX_TEXT;
        }
    }

    /** A registration as stored; the personal fields are null once removed. */
    public record Registration(long id, long meetingId, String reference, String name, String accessibilityNeeds,
                               String question, Status status, Instant createdAt, Instant promotedAt,
                               Instant cancelledAt, Instant personalDataRemovedAt) {
    }

    /** How many registrations a meeting has, by status. */
    public record Counts(int confirmed, int waiting, int cancelled) {
    }

    /** The outcome of registering: a place, or a place on the waiting list ({@code waitingPosition} from 1). */
    public record Registered(String reference, Status status, int waitingPosition) {
    }

    /** The meeting does not take registrations now (not published, cancelled, or started). */
    public static class ClosedException extends RuntimeException {
        public ClosedException(long meetingId) {
            super("Meeting " + meetingId + " is not taking registrations");
        }
    }

    /** Registers a resident: a place while there are places and nobody waiting, otherwise the waiting list. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Registered register(long meetingId, NewRegistration registration) {
        if (!rows.lock(meetingId)) {
            throw new ClosedException(meetingId);
        }
        Meeting meeting = rows.select("WHERE id = ?", meetingId).get(0);
        Instant now = clock.instant();
        if (!meeting.registrationOpen(now)) {
            throw new ClosedException(meetingId);
        }
        waitingList.promote(meetingId, meeting.capacity(), now);
        Status status = waitingList.free(meetingId, meeting.capacity()) > 0 ? Status.CONFIRMED : Status.WAITING;
        String reference = insert(meetingId, registration, status, now);
        return new Registered(reference, status, status == Status.WAITING ? position(meetingId, reference) : 0);
    }

    /**
     * Cancels a registration by its reference, before the meeting starts, and gives a freed place to the first on
     * the waiting list in the same transaction. The name, needs and question are removed at once.
     *
     * @return the meeting it was for, or empty when no registration has that reference, it was cancelled already,
     * or the meeting has started
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Optional<Meeting> cancel(String typedReference) {
        Optional<Registration> found = normalise(typedReference).flatMap(this::find);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long meetingId = found.get().meetingId();
        rows.lock(meetingId);
        Meeting meeting = rows.select("WHERE id = ?", meetingId).get(0);
        Instant now = clock.instant();
        if (!now.isBefore(meeting.startsAt())) {
            return Optional.empty();
        }
        int cancelled = rows.update("UPDATE meeting_registration SET status = 'CANCELLED', cancelled_at = ?,"
                        + " name = NULL, accessibility_needs = NULL, question = NULL, personal_data_removed_at = ?"
                        + " WHERE id = ? AND status <> 'CANCELLED'", now, now, found.get().id());
        if (cancelled == 0) {
            return Optional.empty();
        }
        if (meeting.status() == Meeting.Status.PUBLISHED) {
            waitingList.promote(meetingId, meeting.capacity(), now);
        }
        return Optional.of(meeting);
    }

    /** A registration by its reference as typed ("mt 3a4b 7c8d 9eff" or "MT-3A4B-7C8D-9EFF"). */
    @Transactional
    public Optional<Registration> byReference(String typedReference) {
        return normalise(typedReference).flatMap(this::find);
    }

    /** Where a waiting registration stands on the list (1 is next), or 0 when it is not waiting. */
    @Transactional
    public int position(long meetingId, String reference) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM meeting_registration w JOIN meeting_registration r"
                + " ON r.meeting_id = w.meeting_id AND r.reference = ? AND r.status = 'WAITING'"
                + " WHERE w.meeting_id = ? AND w.status = 'WAITING' AND w.id <= r.id", statement -> {
            MeetingTimes.bind(statement, reference, meetingId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    @Transactional
    public Counts counts(long meetingId) {
        return new Counts(waitingList.count(meetingId, Status.CONFIRMED), waitingList.count(meetingId, Status.WAITING),
                waitingList.count(meetingId, Status.CANCELLED));
    }

    /** A meeting's registrations in the order they came: places, then the waiting list in its order, then cancelled. */
    @Transactional
    public List<Registration> list(long meetingId) {
        return select("WHERE meeting_id = ? ORDER BY CASE status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITING' THEN 1"
                + " ELSE 2 END, id", meetingId);
    }

    /** The stored form of a typed reference, or empty when it cannot be one. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (!compact.matches("MT[A-Z0-9]{12}")) {
            return Optional.empty();
        }
        return Optional.of("MT-" + compact.substring(2, 6) + "-" + compact.substring(6, 10) + "-"
                + compact.substring(10));
    }

    private Optional<Registration> find(String reference) {
        return select("WHERE reference = ?", reference).stream().findFirst();
    }

    private List<Registration> select(String where, Object... parameters) {
        return jdbc.prepareStatement("SELECT id, meeting_id, reference, name, accessibility_needs, question, status,"
                + " created_at, promoted_at, cancelled_at, personal_data_removed_at FROM meeting_registration "
                + where, statement -> {
            MeetingTimes.bind(statement, parameters);
            List<Registration> registrations = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    registrations.add(new Registration(row.getLong("id"), row.getLong("meeting_id"),
                            row.getString("reference"), row.getString("name"), row.getString("accessibility_needs"),
                            row.getString("question"), Status.valueOf(row.getString("status")),
                            MeetingTimes.instant(row, "created_at"), MeetingTimes.instant(row, "promoted_at"),
                            MeetingTimes.instant(row, "cancelled_at"),
                            MeetingTimes.instant(row, "personal_data_removed_at")));
                }
            }
            return registrations;
        });
    }

    /** Inserts the registration under a fresh reference, drawing again if one is taken; answers the reference. */
    private String insert(long meetingId, NewRegistration registration, Status status, Instant now) {
        for (int attempt = 1; attempt <= REFERENCE_ATTEMPTS; attempt++) {
            String reference = references.next();
            boolean inserted = jdbc.prepareStatement("INSERT INTO meeting_registration (meeting_id, reference, name,"
                    + " accessibility_needs, question, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
                MeetingTimes.bind(statement, meetingId, reference, registration.name().trim(),
                        blankToNull(registration.accessibilityNeeds()), blankToNull(registration.question()),
                        status.name(), now);
                try {
                    statement.executeUpdate();
                    return true;
                } catch (SQLException e) {
                    if (DuplicateKey.on(e, "uq_meeting_registration_reference")) {
                        return false;
                    }
                    throw e;
                }
            });
            if (inserted) {
                return reference;
            }
        }
        throw new IllegalStateException("No free registration reference in " + REFERENCE_ATTEMPTS + " attempts");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
