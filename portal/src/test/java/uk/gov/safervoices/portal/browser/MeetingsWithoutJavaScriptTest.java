package uk.gov.safervoices.portal.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.Registrations;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident with JavaScript off finds a meeting from the home page, registers (after a mistake) and cancels. */
@MicronautTest(transactional = false)
@ExtendWith(Chromium.class)
class MeetingsWithoutJavaScriptTest {
    private static Chromium.Browser browser;

    @Inject EmbeddedServer server;
    @Inject Meetings meetings;
    @Inject Registrations registrations;
    @Inject ResponsibleAuthorities authorities;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(false);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aResidentRegistersForAMeetingAndCancelsTheirPlace() {
        Meeting meeting = TestMeetings.upcoming(meetings, authorities, "No-script meeting " + UUID.randomUUID()
                .toString().substring(0, 6), 20);
        Resident resident = new Resident(browser.driver(), server.getURL().toString());

        resident.visit("/");
        assertFalse(browser.driver().findElement(By.tagName("body")).getAttribute("class").contains("js-enabled"),
                "JavaScript is really off");
        resident.followLink("See all public meetings");
        assertEquals("Public meetings", resident.heading());
        resident.followLink(meeting.title());
        assertEquals(meeting.title(), resident.heading());
        resident.press("Register for this meeting");
        assertEquals("Register for this meeting", resident.heading());
        resident.type("Access needs (optional)", "A hearing loop, please");
        resident.press("Register");
        assertTrue(resident.errorSummary().contains("Enter your name or initials"), resident.errorSummary());
        assertEquals("A hearing loop, please", resident.valueOf("Access needs (optional)"), "kept");
        resident.type("Your name or initials", "P. Q.");
        resident.press("Register");

        assertEquals("You have a place", resident.heading());
        String reference = browser.driver().findElement(By.cssSelector(".sv-reference")).getText();
        assertEquals("P. Q.", registrations.byReference(reference).orElseThrow().name());
        assertEquals("A hearing loop, please", registrations.byReference(reference).orElseThrow()
                .accessibilityNeeds());

        resident.press("Cancel my place");
        assertEquals("Cancel your place at a meeting", resident.heading());
        assertEquals(reference, resident.valueOf("Your reference"));
        resident.press("Cancel my place");
        assertEquals("Your place has been cancelled", resident.heading());
        assertEquals(Registrations.Status.CANCELLED, registrations.byReference(reference).orElseThrow().status());
    }
}
