package uk.gov.safervoices.admin.meeting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Public meetings (issue 7): staff create them as drafts, publish them (the first publication is when they were
 * publicised), change them and cancel them; residents see the published ones. Every change is audited in its own
 * transaction and guarded by the meeting's revision, so two people editing at once cannot silently overwrite each
 * other. What happened at a meeting is recorded by {@link MeetingOutcomes}; places by {@link Registrations}.
 */
@Singleton
public class Meetings {
    private static final DateTimeFormatter SLUG_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.UK);
    /** How many slugs a new meeting tries when others of the same title and date are created at the same moment. */
    static final int SLUG_ATTEMPTS = 5;

    private final JdbcOperations jdbc;
    private final MeetingRows rows;
    private final WaitingList waitingList;
    private final AuditLog audit;
    private final Clock clock;

    Meetings(JdbcOperations jdbc, MeetingRows rows, WaitingList waitingList, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.waitingList = waitingList;
        this.audit = audit;
        this.clock = clock;
    }

    /** Someone else changed the meeting since the form was shown. */
    public static class StaleException extends RuntimeException {
        public StaleException(long id) {
            super("Meeting " + id + " was changed by someone else meanwhile");
        }
    }

    /** The change is not allowed in the meeting's present state; the message says why, for the form. */
    public static class NotAllowedException extends RuntimeException {
        public NotAllowedException(String message) {
            super(message);
        }
    }

    @Transactional
    public Optional<Meeting> find(long id) {
        return rows.select("WHERE id = ?", id).stream().findFirst();
    }

    @Transactional
    public Optional<Meeting> bySlug(String slug) {
        return rows.select("WHERE slug = ?", slug).stream().findFirst();
    }

    /** Every meeting, the latest to start first (for staff). */
    @Transactional
    public List<Meeting> all() {
        return rows.select("ORDER BY starts_at DESC, id DESC");
    }

    /** Meetings residents can see that have not ended, the soonest first (cancelled ones included, marked). */
    @Transactional
    public List<Meeting> upcoming() {
        return rows.select("WHERE status <> 'DRAFT' AND publicised_at IS NOT NULL AND ends_at > ?"
                + " ORDER BY starts_at, id", clock.instant());
    }

    /** Meetings residents can see that have ended, the latest first. */
    @Transactional
    public List<Meeting> past() {
        return rows.select("WHERE status <> 'DRAFT' AND publicised_at IS NOT NULL AND ends_at <= ?"
                + " ORDER BY starts_at DESC, id DESC", clock.instant());
    }

    /** The meetings of a plan year ("2026-27"), drafts included, in date order (for the engagement record). */
    @Transactional
    public List<Meeting> inPlanYear(String planYear) {
        return rows.select("WHERE plan_year = ? ORDER BY starts_at, id", planYear);
    }

    @Transactional
    public List<Attendee> attendees(long meetingId) {
        return rows.attendees(meetingId);
    }

    @Transactional
    public List<Question> questions(long meetingId) {
        return rows.questions(meetingId);
    }

    /** Creates a draft meeting; answers it. */
    @Transactional
    public Meeting create(String actor, MeetingDetails details) {
        long id = insertUnderFreeSlug(actor, details, clock.instant());
        insertAttendees(id, details.attendees());
        audit.record(actor, "meeting.created", "meeting", id, null, summary(details));
        return find(id).orElseThrow();
    }

    /**
     * Changes a meeting's details and its expected attendees. A capacity below the places already given is
     * refused; a higher one gives the new places to the waiting list at once. Once recorded, who came is kept
     * for attendees whose authority, name and role are unchanged.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Meeting update(String actor, long id, int revision, MeetingDetails details) {
        Meeting before = locked(id, revision);
        if (before.status() == Meeting.Status.CANCELLED) {
            throw new NotAllowedException("This meeting was cancelled: it cannot be changed");
        }
        if (details.capacity() != null) {
            int confirmed = waitingList.count(id, Registrations.Status.CONFIRMED);
            if (details.capacity() < confirmed) {
                throw new NotAllowedException(confirmed + " people have a place already: the capacity cannot be"
                        + " less than " + confirmed);
            }
        }
        rows.update("UPDATE meeting SET title = ?, summary = ?, starts_at = ?, ends_at = ?, plan_year = ?,"
                        + " venue_name = ?, venue_address = ?, accessibility = ?, online_url = ?, agenda = ?,"
                        + " capacity = ?, feedback_consultation_id = ?, revision = revision + 1 WHERE id = ?",
                details.title(), details.summary(), details.startsAt(), details.endsAt(),
                MeetingTimes.planYear(details.startsAt()), details.venueName(), details.venueAddress(),
                details.accessibility(), details.onlineUrl(), details.agenda(), details.capacity(),
                details.feedbackConsultationId(), id);
        replaceExpected(id, details.attendees());
        int promoted = waitingList.promote(id, details.capacity(), clock.instant());
        audit.record(actor, "meeting.changed", "meeting", id, summary(before), summary(details)
                + (promoted > 0 ? "; " + promoted + " promoted from the waiting list" : ""));
        return find(id).orElseThrow();
    }

    /** Publishes a draft (residents see it and can register); the first publication is when it was publicised. */
    @Transactional
    public Meeting publish(String actor, long id, int revision) {
        Meeting meeting = locked(id, revision);
        if (meeting.status() != Meeting.Status.DRAFT) {
            throw new NotAllowedException("Only a draft can be published");
        }
        if (meeting.over(clock.instant())) {
            throw new NotAllowedException("This meeting has already taken place: publish it before it starts");
        }
        rows.update("UPDATE meeting SET status = 'PUBLISHED', publicised_at = COALESCE(publicised_at, ?),"
                + " revision = revision + 1 WHERE id = ?", clock.instant(), id);
        audit.record(actor, "meeting.published", "meeting", id, "DRAFT", "PUBLISHED");
        return find(id).orElseThrow();
    }

    /**
     * Cancels a meeting, saying why. A published one stays on the portal marked as cancelled, with the reason;
     * registrations stay (for the purge to remove with the rest) and no more are taken.
     */
    @Transactional
    public Meeting cancel(String actor, long id, int revision, String reason) {
        Meeting meeting = locked(id, revision);
        if (meeting.status() == Meeting.Status.CANCELLED) {
            throw new NotAllowedException("This meeting is cancelled already");
        }
        if (reason == null || reason.isBlank()) {
            throw new NotAllowedException("Say why the meeting is cancelled");
        }
        rows.update("UPDATE meeting SET status = 'CANCELLED', cancelled_at = ?, cancel_reason = ?,"
                + " revision = revision + 1 WHERE id = ?", clock.instant(), reason.trim(), id);
        audit.record(actor, "meeting.cancelled", "meeting", id, meeting.status().name(), "CANCELLED: " + reason.trim());
        return find(id).orElseThrow();
    }

    /** Locks the meeting's row and checks the revision the change was made from. */
    Meeting locked(long id, int revision) {
        if (!rows.lock(id)) {
            throw new IllegalArgumentException("No meeting " + id);
        }
        Meeting meeting = find(id).orElseThrow();
        if (meeting.revision() != revision) {
            throw new StaleException(id);
        }
        return meeting;
    }

    private void insertAttendees(long meetingId, List<MeetingDetails.ExpectedAttendee> attendees) {
        if (attendees.isEmpty()) {
            return;
        }
        List<Object[]> values = new ArrayList<>();
        for (int i = 0; i < attendees.size(); i++) {
            MeetingDetails.ExpectedAttendee a = attendees.get(i);
            values.add(new Object[]{meetingId, a.authorityId(), a.name().trim(), a.role().trim(), i + 1});
        }
        jdbc.prepareStatement("INSERT INTO meeting_attendee (meeting_id, authority_id, name, role, position, expected)"
                + " VALUES (?, ?, ?, ?, ?, 1)", statement -> {
            MeetingRows.batch(statement, values);
            return null;
        });
    }

    /** Replaces the expected attendees, keeping each unchanged one's row (and so whether they came). */
    private void replaceExpected(long meetingId, List<MeetingDetails.ExpectedAttendee> wanted) {
        List<Attendee> existing = rows.attendees(meetingId).stream().filter(Attendee::expected).toList();
        List<Long> kept = new ArrayList<>();
        List<MeetingDetails.ExpectedAttendee> added = new ArrayList<>();
        int position = 1;
        for (MeetingDetails.ExpectedAttendee a : wanted) {
            Optional<Attendee> same = existing.stream().filter(e -> !kept.contains(e.id())
                    && e.authorityId() == a.authorityId() && e.name().equals(a.name().trim())
                    && e.role().equals(a.role().trim())).findFirst();
            if (same.isPresent()) {
                kept.add(same.get().id());
                rows.update("UPDATE meeting_attendee SET position = ? WHERE id = ?", position, same.get().id());
            } else {
                added.add(a);
            }
            position++;
        }
        for (Attendee e : existing) {
            if (!kept.contains(e.id())) {
                rows.update("DELETE FROM meeting_attendee WHERE id = ?", e.id());
            }
        }
        int next = position;
        List<Object[]> values = new ArrayList<>();
        for (MeetingDetails.ExpectedAttendee a : added) {
            values.add(new Object[]{meetingId, a.authorityId(), a.name().trim(), a.role().trim(),
                    wanted.indexOf(a) + 1});
        }
        if (!values.isEmpty()) {
            jdbc.prepareStatement("INSERT INTO meeting_attendee (meeting_id, authority_id, name, role, position,"
                    + " expected) VALUES (?, ?, ?, ?, ?, 1)", statement -> {
                MeetingRows.batch(statement, values);
                return null;
            });
        }
        // substitutes recorded as having come are listed after the expected attendees
        rows.update("UPDATE meeting_attendee SET position = position + ? WHERE meeting_id = ? AND expected = 0", next,
                meetingId);
    }

    /**
     * Inserts the meeting's row under the first free slug: its title and UK date, then "-2", "-3"... Another meeting
     * of the same title and date created at the same moment can take a slug between the look and the insert; the
     * unique key then refuses this one and the next number is tried, up to {@link #SLUG_ATTEMPTS} times.
     */
    private long insertUnderFreeSlug(String actor, MeetingDetails details, Instant now) {
        String words = details.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (words.length() > 80) {
            words = words.substring(0, 80).replaceAll("-+$", "");
        }
        String base = (words.isEmpty() ? "meeting" : words) + "-"
                + SLUG_DATE.format(details.startsAt().atZone(MeetingTimes.UK));
        int n = 1;
        for (int attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
            while (bySlug(slug(base, n)).isPresent()) {
                n++;
            }
            OptionalLong id = rows.insert(slug(base, n), details, actor, now);
            if (id.isPresent()) {
                return id.getAsLong();
            }
            n++;
        }
        throw new IllegalStateException("No free slug for " + base + " in " + SLUG_ATTEMPTS + " attempts");
    }

    private static String slug(String base, int n) {
        return n == 1 ? base : base + "-" + n;
    }

    private static String summary(MeetingDetails details) {
        return details.title() + ", " + details.startsAt() + " to " + details.endsAt()
                + (details.venueName() == null ? "" : ", " + details.venueName())
                + (details.onlineUrl() == null ? "" : ", online")
                + (details.capacity() == null ? "" : ", " + details.capacity() + " places")
                + ", " + details.attendees().size() + " expected attendees";
    }

    private static String summary(Meeting meeting) {
        return meeting.title() + ", " + meeting.startsAt() + " to " + meeting.endsAt()
                + (meeting.venueName() == null ? "" : ", " + meeting.venueName())
                + (meeting.onlineUrl() == null ? "" : ", online")
                + (meeting.capacity() == null ? "" : ", " + meeting.capacity() + " places");
    }
}
