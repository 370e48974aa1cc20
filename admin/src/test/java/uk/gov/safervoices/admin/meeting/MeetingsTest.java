package uk.gov.safervoices.admin.meeting;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.AnotherWriter;
import uk.gov.safervoices.admin.DatabaseRows;
import uk.gov.safervoices.admin.SettableClock;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Meetings from draft to "What was discussed", on a clock the test moves, with every staff change audited. */
@MicronautTest(transactional = false)
@Property(name = "safervoices.test.clock", value = "2027-01-10T12:00:00Z")
class MeetingsTest {
    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");

    @Inject Meetings meetings;
    @Inject MeetingOutcomes outcomes;
    @Inject ResponsibleAuthorities authorities;
    @Inject AuditLog audit;
    @Inject DatabaseRows rows;
    @Inject SettableClock clock;
    @Inject DataSource dataSource;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
    }

    private String title() {
        return "Have your say " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theFiveKindsOfResponsibleAuthorityAreThereFromTheStart() {
        assertEquals(List.of("council", "police", "fire", "health", "probation"),
                authorities.kinds().stream().map(ResponsibleAuthorities.Kind::code).toList());
        assertTrue(authorities.current().stream().map(ResponsibleAuthorities.Authority::kind).toList()
                .containsAll(List.of("council", "police", "fire", "health", "probation")));
    }

    @Test
    void ukTimesAreKeptAcrossTheClockChangeAndStoredAsUtc() {
        // 7pm on 30 March 2027 is British Summer Time (UTC+1); 7pm on 2 November 2026 is GMT.
        Instant summer = MeetingTimes.fromUk(LocalDateTime.of(2027, 3, 30, 19, 0));
        Instant winter = MeetingTimes.fromUk(LocalDateTime.of(2026, 11, 2, 19, 0));
        assertEquals(Instant.parse("2027-03-30T18:00:00Z"), summer);
        assertEquals(Instant.parse("2026-11-02T19:00:00Z"), winter);

        Meeting meeting = meetings.create("officer", MeetingFixtures.inPerson(title(), summer, 40, List.of()));
        assertEquals(summer, meeting.startsAt(), "read back as the same instant");
        String stored = rows.strings("SELECT starts_at FROM meeting WHERE id = ?", meeting.id()).get(0);
        assertTrue(stored.startsWith("2027-03-30 18:00:00"), "the column holds UTC: " + stored);
        assertEquals("2026-27", meeting.planYear(), "30 March is in the plan year that started the April before");
        assertTrue(meeting.slug().endsWith("-2027-03-30"), meeting.slug());
    }

    @Test
    void aMeetingOfTheSameTitleAndDateCreatedAtTheSameMomentTakesTheNextSlug() throws Exception {
        String title = title();
        Instant startsAt = NOW.plus(Duration.ofDays(40));
        String slug = title.toLowerCase(Locale.ROOT).replace(' ', '-') + "-"
                + startsAt.atZone(MeetingTimes.UK).toLocalDate();
        LocalDateTime utc = LocalDateTime.ofInstant(startsAt, ZoneOffset.UTC);
        // a colleague's meeting of the same title and date, not yet committed when this one looks for a free slug
        Meeting mine;
        try (AnotherWriter colleague = AnotherWriter.inserting(dataSource, "INSERT INTO meeting (slug, title,"
                + " starts_at, ends_at, plan_year, venue_name, status, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, 'Town Hall', 'DRAFT', 'colleague', ?)", slug, title, utc, utc.plusHours(2),
                MeetingTimes.planYear(startsAt), LocalDateTime.ofInstant(NOW, ZoneOffset.UTC))) {
            mine = colleague.commitWhileBlocked(() -> meetings.create("officer",
                    MeetingFixtures.inPerson(title, startsAt, 40, List.of())));
        }
        assertEquals(slug + "-2", mine.slug());
        assertEquals(List.of("colleague", "officer"), rows.strings("SELECT created_by FROM meeting WHERE title = ?"
                + " ORDER BY slug", title));
        assertEquals(List.of("meeting.created"), audit.about("meeting", mine.id()).stream().map(AuditEvent::action)
                .toList());
    }

    @Test
    void thePlanYearRunsFromFirstAprilInUkTime() {
        assertEquals("2026-27", MeetingTimes.planYear(LocalDate.of(2027, 3, 31)));
        assertEquals("2027-28", MeetingTimes.planYear(LocalDate.of(2027, 4, 1)));
        // 00:30 on 1 April 2027 UK time is still 31 March in UTC
        assertEquals("2027-28", MeetingTimes.planYear(Instant.parse("2027-03-31T23:30:00Z")));
    }

    @Test
    void aDraftIsPublishedOnceCancelledWithAReasonAndEveryStepIsAudited() {
        long police = authority("police");
        Meeting draft = meetings.create("officer", MeetingFixtures.inPerson(title(), NOW.plus(Duration.ofDays(30)),
                40, List.of(new MeetingDetails.ExpectedAttendee(police, "Ch Supt A Example", "Borough Commander"))));
        assertEquals(Meeting.Status.DRAFT, draft.status());
        assertFalse(draft.publiclyVisible());
        assertFalse(meetings.upcoming().contains(draft));

        clock.advance(Duration.ofMinutes(5));
        Meeting published = meetings.publish("officer", draft.id(), draft.revision());
        assertEquals(NOW.plus(Duration.ofMinutes(5)), published.publicisedAt());
        assertTrue(meetings.upcoming().stream().anyMatch(m -> m.id() == draft.id()));
        assertThrows(Meetings.NotAllowedException.class, () -> meetings.publish("officer", draft.id(),
                published.revision()));
        assertThrows(Meetings.StaleException.class, () -> meetings.cancel("officer", draft.id(), draft.revision(),
                "Venue flooded"), "a change made from an old page is refused");
        assertThrows(Meetings.NotAllowedException.class, () -> meetings.cancel("officer", draft.id(),
                published.revision(), " "), "a reason is needed");

        Meeting cancelled = meetings.cancel("officer", draft.id(), published.revision(), "Venue flooded");
        assertEquals(Meeting.Status.CANCELLED, cancelled.status());
        assertEquals(published.publicisedAt(), cancelled.publicisedAt(), "when it was publicised is kept");
        assertTrue(cancelled.publiclyVisible(), "residents see it was cancelled");
        assertEquals(List.of("meeting.created", "meeting.published", "meeting.cancelled"),
                audit.about("meeting", draft.id()).stream().map(AuditEvent::action).toList());
    }

    @Test
    void editingKeepsUnchangedAttendeesAndMovesThePlanYearWithTheDate() {
        long police = authority("police");
        long council = authority("council");
        MeetingDetails details = MeetingFixtures.inPerson(title(), NOW.plus(Duration.ofDays(30)), 40, List.of(
                new MeetingDetails.ExpectedAttendee(police, "A Example", "Borough Commander"),
                new MeetingDetails.ExpectedAttendee(council, "B Example", "Chief Executive")));
        Meeting meeting = meetings.create("officer", details);
        long commander = meetings.attendees(meeting.id()).get(0).id();

        MeetingDetails moved = new MeetingDetails(details.title(), details.summary(),
                Instant.parse("2027-04-20T18:00:00Z"), Instant.parse("2027-04-20T20:00:00Z"), details.venueName(),
                details.venueAddress(), details.accessibility(), "https://meet.example.gov.uk/csp", details.agenda(),
                60, null, List.of(details.attendees().get(0),
                new MeetingDetails.ExpectedAttendee(council, "C Example", "Director of Communities")));
        Meeting changed = meetings.update("officer", meeting.id(), meeting.revision(), moved);

        assertEquals("2027-28", changed.planYear());
        assertEquals(meeting.slug(), changed.slug(), "the address residents have stays");
        List<Attendee> attendees = meetings.attendees(meeting.id());
        assertEquals(List.of("A Example", "C Example"), attendees.stream().map(Attendee::name).toList());
        assertEquals(commander, attendees.get(0).id(), "the unchanged attendee keeps their row");
        assertEquals(meeting.revision() + 1, changed.revision());
    }

    @Test
    void afterTheMeetingStaffRecordWhoCameAndTheQuestionsThenPublishWhatWasDiscussed() {
        long police = authority("police");
        long fire = authority("fire");
        Meeting meeting = meetings.create("officer", MeetingFixtures.inPerson(title(), NOW.plus(Duration.ofDays(1)),
                null, List.of(new MeetingDetails.ExpectedAttendee(police, "A Example", "Borough Commander"),
                        new MeetingDetails.ExpectedAttendee(fire, "D Example", "Station Manager"))));
        meeting = meetings.publish("officer", meeting.id(), meeting.revision());
        long meetingId = meeting.id();
        int revision = meeting.revision();
        MeetingOutcomes.Outcome outcome = new MeetingOutcomes.Outcome(37, Map.of(
                meetings.attendees(meetingId).get(0).id(), true, meetings.attendees(meetingId).get(1).id(), false),
                List.of(new MeetingOutcomes.AlsoAttended(fire, "E Example", "Group Manager")),
                List.of(new Question("What is being done about speeding on the High Street?",
                        "Speed checks every week from May.", "Police")), "The meeting opened at 7pm.");
        assertThrows(Meetings.NotAllowedException.class, () -> outcomes.record("officer", meetingId, revision,
                outcome), "not before it starts");

        clock.advance(Duration.ofDays(1).plusHours(3));
        Meeting recorded = outcomes.record("officer", meetingId, revision, outcome);
        assertEquals(37, recorded.attendance());
        assertNotNull(recorded.recordedAt());
        assertNull(recorded.discussedPublishedAt());
        List<Attendee> attendees = meetings.attendees(meetingId);
        assertEquals(List.of("A Example true", "D Example false", "E Example true"), attendees.stream()
                .map(a -> a.name() + " " + a.came()).toList());
        assertFalse(attendees.get(2).expected());
        assertEquals(1, meetings.questions(meetingId).size());

        Meeting published = outcomes.publishDiscussion("officer", meetingId, recorded.revision());
        assertEquals(clock.instant(), published.discussedPublishedAt());
        Meeting corrected = outcomes.record("officer", meetingId, published.revision(), new MeetingOutcomes.Outcome(38,
                outcome.came(), List.of(), outcome.questions(), outcome.minutes()));
        assertEquals(38, corrected.attendance());
        assertEquals(published.discussedPublishedAt(), corrected.discussedPublishedAt());
        assertEquals(2, meetings.attendees(meetingId).size(), "the substitute recorded before is replaced");
        assertEquals(List.of("meeting.created", "meeting.published", "meeting.recorded",
                "meeting.discussion_published", "meeting.record_corrected"),
                audit.about("meeting", meetingId).stream().map(AuditEvent::action).toList());
    }

    @Test
    void thePartnershipNamesItsAuthoritiesAndAddsASecondCouncil() {
        long council = authority("council");
        String name = "Example Borough Council " + UUID.randomUUID().toString().substring(0, 4);
        authorities.rename("officer", Map.of(council, name));
        long county = authorities.add("officer", "council", "Exampleshire County Council");
        assertTrue(authorities.current().stream().anyMatch(a -> a.id() == council && a.name().equals(name)));
        assertTrue(authorities.current().stream().anyMatch(a -> a.id() == county && a.kind().equals("council")));
        assertTrue(authorities.retire("officer", county));
        assertTrue(authorities.current().stream().noneMatch(a -> a.id() == county));
        assertTrue(authorities.find(county).orElseThrow().retired(), "kept, for the meetings that name it");
        assertFalse(authorities.retire("officer", county), "retired once");
        assertEquals(List.of("authority.added", "authority.retired"), audit.about("responsible_authority", county)
                .stream().map(AuditEvent::action).toList());
    }

    private long authority(String kind) {
        return authorities.current().stream().filter(a -> a.kind().equals(kind)).findFirst().orElseThrow().id();
    }
}
