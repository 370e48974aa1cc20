package uk.gov.safervoices.admin.meeting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What happened at a meeting, recorded by staff once it has started: how many residents came, which senior
 * attendees came (and anyone who came in another's place), the questions asked with the answers given, and the
 * minutes. "What was discussed" is then published on the meeting's page; a later correction shows there at once
 * (the publication time stays the first one). Audited, guarded by the meeting's revision.
 */
@Singleton
public class MeetingOutcomes {
    public static final int MAX_ATTENDANCE = 100_000;

    private final JdbcOperations jdbc;
    private final Meetings meetings;
    private final MeetingRows rows;
    private final AuditLog audit;
    private final Clock clock;

    MeetingOutcomes(JdbcOperations jdbc, Meetings meetings, MeetingRows rows, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** A senior person who came though not announced (in another's place, say). */
    public record AlsoAttended(long authorityId, String name, String role) {
    }

    /**
     * @param came     expected attendee id to whether they came (every expected attendee should have an entry; one
     *                 without is recorded as not having come)
     * @param also     senior people who came without being expected; replaces any recorded before
     * @param questions replaces any recorded before
     */
    public record Outcome(int attendance, Map<Long, Boolean> came, List<AlsoAttended> also, List<Question> questions,
                          String minutes) {
        public Outcome {
            came = Map.copyOf(came);
            also = List.copyOf(also);
            questions = List.copyOf(questions);
            if (attendance < 0 || attendance > MAX_ATTENDANCE) {
                throw new IllegalArgumentException("Attendance is from 0 to " + MAX_ATTENDANCE);
            }
        }
    }

    @Transactional
    public Meeting record(String actor, long id, int revision, Outcome outcome) {
        Meeting meeting = meetings.locked(id, revision);
        if (meeting.status() == Meeting.Status.CANCELLED) {
            throw new Meetings.NotAllowedException("This meeting was cancelled: there is nothing to record");
        }
        if (clock.instant().isBefore(meeting.startsAt())) {
            throw new Meetings.NotAllowedException("This meeting has not started yet: record it afterwards");
        }
        String minutes = outcome.minutes() == null || outcome.minutes().isBlank() ? null : outcome.minutes().trim();
        rows.update("UPDATE meeting SET attendance = ?, minutes = ?, recorded_at = ?, revision = revision + 1"
                + " WHERE id = ?", outcome.attendance(), minutes, clock.instant(), id);
        List<Attendee> attendees = rows.attendees(id);
        for (Attendee attendee : attendees) {
            if (attendee.expected()) {
                rows.update("UPDATE meeting_attendee SET attended = ? WHERE id = ?",
                        Boolean.TRUE.equals(outcome.came().get(attendee.id())), attendee.id());
            }
        }
        rows.update("DELETE FROM meeting_attendee WHERE meeting_id = ? AND expected = 0", id);
        List<Object[]> also = new ArrayList<>();
        int position = attendees.size();
        for (AlsoAttended a : outcome.also()) {
            also.add(new Object[]{id, a.authorityId(), a.name().trim(), a.role().trim(), ++position});
        }
        if (!also.isEmpty()) {
            jdbc.prepareStatement("INSERT INTO meeting_attendee (meeting_id, authority_id, name, role, position,"
                    + " expected, attended) VALUES (?, ?, ?, ?, ?, 0, 1)", statement -> {
                MeetingRows.batch(statement, also);
                return null;
            });
        }
        rows.update("DELETE FROM meeting_question WHERE meeting_id = ?", id);
        List<Object[]> questions = new ArrayList<>();
        for (int i = 0; i < outcome.questions().size(); i++) {
            Question q = outcome.questions().get(i);
            questions.add(new Object[]{id, i + 1, q.question().trim(), q.answer().trim(),
                    q.answeredBy() == null || q.answeredBy().isBlank() ? null : q.answeredBy().trim()});
        }
        if (!questions.isEmpty()) {
            jdbc.prepareStatement("INSERT INTO meeting_question (meeting_id, position, question, answer, answered_by)"
                    + " VALUES (?, ?, ?, ?, ?)", statement -> {
                MeetingRows.batch(statement, questions);
                return null;
            });
        }
        long cameCount = outcome.came().values().stream().filter(Boolean::booleanValue).count() + also.size();
        audit.record(actor, meeting.recorded() ? "meeting.record_corrected" : "meeting.recorded", "meeting", id,
                meeting.recorded() ? "attendance " + meeting.attendance() : null,
                "attendance " + outcome.attendance() + ", " + cameCount + " senior attendees came, "
                        + questions.size() + " questions, minutes " + (minutes == null ? "none" : minutes.length()
                        + " characters"));
        return meetings.find(id).orElseThrow();
    }

    /** Publishes "What was discussed" on the meeting's page: only once the meeting is published and recorded. */
    @Transactional
    public Meeting publishDiscussion(String actor, long id, int revision) {
        Meeting meeting = meetings.locked(id, revision);
        if (meeting.status() != Meeting.Status.PUBLISHED) {
            throw new Meetings.NotAllowedException("Only a published meeting's discussion can be published");
        }
        if (!meeting.recorded()) {
            throw new Meetings.NotAllowedException("Record the meeting before publishing what was discussed");
        }
        if (meeting.discussedPublished()) {
            throw new Meetings.NotAllowedException("What was discussed is published already");
        }
        rows.update("UPDATE meeting SET discussed_published_at = ?, revision = revision + 1 WHERE id = ?",
                clock.instant(), id);
        audit.record(actor, "meeting.discussion_published", "meeting", id, null, null);
        return meetings.find(id).orElseThrow();
    }
}
