package uk.gov.safervoices.portal.meeting;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.Registrations;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;
import uk.gov.safervoices.portal.staff.StaffBrowser;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Beyond the registrations one connection may make in an hour, the form is refused with a page saying to try
 * later or how else to register, and nothing is registered. (Its own context: the count is kept in memory.)
 */
@MicronautTest(transactional = false)
@Property(name = "safervoices.meetings.registrations-per-hour-per-address", value = "2")
class MeetingRegistrationLimitTest {
    @Inject EmbeddedServer server;
    @Inject Meetings meetings;
    @Inject ResponsibleAuthorities authorities;
    @Inject Registrations registrations;

    @Test
    void theRegistrationAfterTheLimitIsRefusedWithAPageSayingToTryLater() throws InterruptedException {
        Meeting meeting = MeetingPublicPagesTest.publishedMeeting(meetings, authorities,
                "Busy meeting " + UUID.randomUUID(), 40);
        String register = "/meetings/" + meeting.slug() + "/register";
        awayFromTheTopOfTheHour();
        StaffBrowser resident = new StaffBrowser(server.getURI());
        assertEquals(303, resident.postWithToken(register, "name", "A B").status());
        assertEquals(303, resident.postWithToken(register, "name", "C D").status(), "the limit is two an hour");

        StaffBrowser.Page refused = resident.postWithToken(register, "name", "E F", "needs", "Hearing loop");
        assertEquals(429, refused.status(), refused.html());
        Document page = refused.document();
        assertEquals("Too many registrations from this connection", page.select("h1.govuk-heading-l").text());
        assertTrue(page.title().startsWith("Too many registrations from this connection"), page.title());
        assertTrue(page.select("html.govuk-template body.govuk-template__body").size() == 1
                && page.select("link[href=/govuk/govuk-frontend.min.css]").size() == 1, "the site's GOV.UK layout");
        assertTrue(page.text().contains("Try again in an hour"), page.text());
        assertEquals(1, page.select("main a[href^=\"mailto:\"]").size(), "and says how else to register");
        assertFalse(refused.html().contains("Exception"), "no stack trace");
        assertFalse(refused.html().matches("(?s).*\\bat (uk|io|java)\\.[a-z]+\\..*"), "no stack trace");
        assertEquals(2, registrations.counts(meeting.id()).confirmed(), "nothing registered");
    }

    /** The count is per clock hour: start with time to spare before the next. */
    private static void awayFromTheTopOfTheHour() throws InterruptedException {
        long untilNextHour = 3_600_000L - System.currentTimeMillis() % 3_600_000L;
        if (untilNextHour < 30_000L) {
            Thread.sleep(untilNextHour + 1_000L);
        }
    }
}
