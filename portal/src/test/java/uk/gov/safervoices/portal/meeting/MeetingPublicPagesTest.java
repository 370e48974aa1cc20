package uk.gov.safervoices.portal.meeting;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.MeetingDetails;
import uk.gov.safervoices.admin.meeting.MeetingTimes;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;
import uk.gov.safervoices.portal.staff.StaffBrowser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident finds a meeting, downloads it to their calendar, registers, joins a waiting list and cancels. */
@MicronautTest(transactional = false)
class MeetingPublicPagesTest {
    @Inject EmbeddedServer server;
    @Inject Meetings meetings;
    @Inject ResponsibleAuthorities authorities;

    static Meeting publishedMeeting(Meetings meetings, ResponsibleAuthorities authorities, String title,
                                    Integer capacity) {
        long police = authorities.current().stream().filter(a -> a.kind().equals("police")).findFirst().orElseThrow()
                .id();
        // 7pm UK time, a few weeks ahead
        LocalDateTime ukStart = LocalDateTime.now(MeetingTimes.UK).plusDays(21).truncatedTo(ChronoUnit.DAYS)
                .withHour(19);
        Instant start = MeetingTimes.fromUk(ukStart);
        Meeting draft = meetings.create("officer", new MeetingDetails(title, "Tell us what matters, where you live.",
                start, start.plus(Duration.ofHours(2)), "Town Hall, Committee Room 1", "High Street\nExample Town",
                "Step-free access from Church Lane. Hearing loop.", null, "Welcome\n\nYour questions", capacity, null,
                List.of(new MeetingDetails.ExpectedAttendee(police, "Ch Supt Alex Example", "Borough Commander"))));
        return meetings.publish("officer", draft.id(), draft.revision());
    }

    @Test
    void aPublishedMeetingIsListedWithItsDetailsAndADraftIsNotFound() {
        String title = "Have your say, Greenhill " + UUID.randomUUID().toString().substring(0, 6);
        Meeting meeting = publishedMeeting(meetings, authorities, title, 40);
        Meeting draft = meetings.create("officer", new MeetingDetails("Draft " + UUID.randomUUID(), null,
                meeting.startsAt(), meeting.endsAt(), "Hall", null, null, null, null, null, null, List.of()));
        StaffBrowser resident = new StaffBrowser(server.getURI());

        Document list = resident.get("/meetings").document();
        assertTrue(list.select("a").eachText().contains(title), list.text());
        assertFalse(list.text().contains(draft.title()));
        assertTrue(resident.get("/").document().select("a[href=/meetings]").size() > 0, "linked from the home page");

        Document page = resident.get("/meetings/" + meeting.slug()).document();
        assertEquals(title, page.select("h1").text());
        assertTrue(page.text().contains(MeetingTexts.when(meeting)), page.text());
        assertTrue(MeetingTexts.when(meeting).contains("7pm to 9pm"), MeetingTexts.when(meeting));
        assertTrue(page.text().contains("Step-free access from Church Lane"));
        assertTrue(page.text().contains("Ch Supt Alex Example"));
        assertTrue(page.text().contains("40 places left"), page.text());
        assertEquals(404, resident.getOnce("/meetings/" + draft.slug()).status());
        assertEquals(404, resident.getOnce("/meetings/" + draft.slug() + ".ics").status());
        assertEquals("Cancel your place at a meeting", resident.get("/meetings/cancel").heading());
        StaffBrowser.Page byId = resident.getOnce("/meetings/" + meeting.id());
        assertEquals("/meetings/" + meeting.slug(), byId.location().orElseThrow(), "a short address by id");
    }

    @Test
    void theCalendarFileIsValidICalendarAtTheRightTime() {
        Meeting meeting = publishedMeeting(meetings, authorities, "Calendar, test; " + UUID.randomUUID(), null);
        StaffBrowser resident = new StaffBrowser(server.getURI());
        StaffBrowser.Page ics = resident.getOnce("/meetings/" + meeting.slug() + ".ics");
        assertEquals(200, ics.status());
        String type = ics.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
                .map(h -> h.getValue().get(0)).findFirst().orElseThrow();
        assertTrue(type.startsWith("text/calendar"), type);
        Map<String, String> event = ICalendarReader.event(ics.html());
        assertEquals(meeting.startsAt().atOffset(ZoneOffset.UTC).toLocalDateTime().toString().replace("-", "")
                .replace(":", "") + "00Z", event.get("DTSTART"));
        assertEquals(meeting.title(), ICalendarReader.text(event.get("SUMMARY")));
        assertTrue(event.get("URL").endsWith("/meetings/" + meeting.slug()), event.get("URL"));
        assertTrue(ICalendarReader.text(event.get("DESCRIPTION")).contains("Your questions"));
    }

    @Test
    void registeringWithinTheCapacityThenTheWaitingListThenCancellingGivesThePlaceOn() {
        Meeting meeting = publishedMeeting(meetings, authorities, "Places " + UUID.randomUUID(), 1);
        String register = "/meetings/" + meeting.slug() + "/register";
        StaffBrowser first = new StaffBrowser(server.getURI());

        StaffBrowser.Page noName = first.postWithToken(register, "name", " ", "needs", "Hearing loop", "question",
                "Why?");
        assertEquals(200, noName.status());
        assertEquals(List.of("Enter your name or initials"), noName.document()
                .select(".govuk-error-summary__list a").eachText());
        assertEquals("Hearing loop", noName.document().select("#needs").text(), "what was typed is kept");
        assertTrue(noName.document().title().startsWith("Error: "));

        StaffBrowser.Page registered = first.postWithToken(register, "name", "A. B.", "needs", "", "question", "");
        assertEquals(303, registered.status());
        Document placed = first.follow(registered).document();
        assertEquals("You have a place", placed.select("h1").text());
        String firstReference = placed.select(".sv-reference").text();
        assertTrue(firstReference.startsWith("MT-"), firstReference);

        StaffBrowser second = new StaffBrowser(server.getURI());
        assertTrue(second.get("/meetings/" + meeting.slug()).document().text().contains("Join the waiting list"));
        Document waitingForm = second.get(register).document();
        assertEquals("Join the waiting list", waitingForm.select("h1").text());
        String waitingPath = second.postWithToken(register, "name", "C D").location().orElseThrow();
        Document waiting = second.get(waitingPath).document();
        assertEquals("You are on the waiting list", waiting.select("h1").text());
        assertTrue(waiting.text().contains("You are number 1 on the waiting list"));

        assertEquals(200, first.postWithToken("/meetings/cancel", "reference", "MT-AAAA-BBBB-CCCC").status());
        StaffBrowser.Page cancelled = first.postWithToken("/meetings/cancel", "reference", firstReference.toLowerCase());
        assertEquals("/meetings/" + meeting.slug() + "/cancelled", cancelled.location().orElseThrow());
        assertEquals("Your place has been cancelled", first.get(cancelled.location().get()).document()
                .select("h1").text());
        assertEquals("You have a place", second.get(waitingPath).document().select("h1").text(),
                "the first on the waiting list has the place");
        assertEquals("This place was cancelled", first.get(registered.location().orElseThrow()).document()
                .select("h1").text());
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        Meeting meeting = publishedMeeting(meetings, authorities, "Csrf " + UUID.randomUUID(), 5);
        StaffBrowser resident = new StaffBrowser(server.getURI());
        assertEquals(403, resident.postOnce("/meetings/" + meeting.slug() + "/register", "name", "A").status());
        assertEquals(403, resident.postOnce("/meetings/cancel", "reference", "MT-AAAA-BBBB-CCCC").status());
    }
}
