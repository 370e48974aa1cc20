package uk.gov.safervoices.admin.retention;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.SettableClock;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.MeetingFixtures;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.Registrations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registrations' names, accessibility needs and questions are removed a configured number of days (here 30) after
 * the meeting ends; the rows and their counts stay, and a second run finds nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "safervoices.test.clock", value = "2031-01-10T12:00:00Z")
@Property(name = "safervoices.retention.purge-enabled", value = "false")
@Property(name = "safervoices.retention.meeting-registration-days", value = "30")
class MeetingRegistrationPurgeTest {
    private static final Instant NOW = Instant.parse("2031-01-10T12:00:00Z");

    @Inject Meetings meetings;
    @Inject Registrations registrations;
    @Inject RetentionPurge purge;
    @Inject AuditLog audit;
    @Inject SettableClock clock;

    @Test
    void personalDataGoesThirtyDaysAfterTheMeetingAndTheCountsStay() {
        clock.set(NOW);
        Meeting draft = meetings.create("officer", MeetingFixtures.inPerson("Purge " + UUID.randomUUID(),
                NOW.plus(Duration.ofDays(7)), 1, List.of()));
        Meeting meeting = meetings.publish("officer", draft.id(), draft.revision());
        String placed = registrations.register(meeting.id(), new Registrations.NewRegistration("A B",
                "Large print agenda", "Why was the youth club closed?")).reference();
        String waiting = registrations.register(meeting.id(), new Registrations.NewRegistration("C D", null,
                "Street lights?")).reference();
        Meeting later = meetings.create("officer", MeetingFixtures.inPerson("Later " + UUID.randomUUID(),
                NOW.plus(Duration.ofDays(60)), null, List.of()));
        later = meetings.publish("officer", later.id(), later.revision());
        String laterPlace = registrations.register(later.id(), new Registrations.NewRegistration("E F", null, null))
                .reference();

        clock.set(meeting.endsAt().plus(Duration.ofDays(30)).minusSeconds(1));
        assertTrue(purge.purgeMeetingRegistrationsDue().stream().noneMatch(p -> p.meetingId() == meeting.id()),
                "a second before the 30 days are up nothing happens");
        assertEquals("A B", registrations.byReference(placed).orElseThrow().name());

        clock.set(meeting.endsAt().plus(Duration.ofDays(30)));
        List<MeetingRegistrationPurge.Purged> purged = purge.purgeMeetingRegistrationsDue();
        assertTrue(purged.contains(new MeetingRegistrationPurge.Purged(meeting.id(), 2)), purged.toString());
        for (String reference : List.of(placed, waiting)) {
            Registrations.Registration registration = registrations.byReference(reference).orElseThrow();
            assertNull(registration.name());
            assertNull(registration.accessibilityNeeds());
            assertNull(registration.question());
            assertNotNull(registration.personalDataRemovedAt());
        }
        assertEquals(new Registrations.Counts(1, 1, 0), registrations.counts(meeting.id()), "the numbers stay");
        assertNotNull(meetings.find(meeting.id()).orElseThrow().registrationsPurgedAt());
        assertEquals("E F", registrations.byReference(laterPlace).orElseThrow().name(), "a later meeting's stay");
        assertEquals(List.of("2 registrations' names, needs and questions removed"), audit.about("meeting",
                meeting.id()).stream().filter(e -> e.action().equals("retention.meeting_registrations_purged"))
                .map(AuditEvent::afterValue).toList());

        assertTrue(purge.purgeMeetingRegistrationsDue().stream().noneMatch(p -> p.meetingId() == meeting.id()),
                "nothing left the second time");
    }
}
