package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.meeting.Attendee;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.MeetingDetails;
import uk.gov.safervoices.admin.meeting.MeetingOutcomes;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;
import uk.gov.safervoices.admin.priority.MatrixSettings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consultation team creates a meeting (mistakes named, entries kept), publishes it, a resident registers, the
 * team records the meeting and publishes what was discussed, which residents then read; partnership members read.
 */
@MicronautTest(transactional = false)
class StaffMeetingPagesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Meetings meetings;
    @Inject ResponsibleAuthorities authorities;
    @Inject AuditLog audit;
    @Inject MeetingOutcomes outcomes;

    @Test
    void fromADraftToWhatWasDiscussed() {
        StaffAccount officer = StaffFixtures.account(accounts, "meetings", Role.CONSULTATION);
        StaffBrowser staff = new StaffBrowser(server.getURI());
        staff.signIn(officer.username(), StaffFixtures.PASSWORD);
        String police = Long.toString(authorities.current().stream().filter(a -> a.kind().equals("police"))
                .findFirst().orElseThrow().id());
        // first tomorrow (residents register), then moved to today so that it has started and can be recorded
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate tomorrow = today.plusDays(1);
        String title = "Have your say, Harbour " + UUID.randomUUID().toString().substring(0, 6);

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("date-day", Integer.toString(tomorrow.getDayOfMonth()));
        fields.put("date-month", Integer.toString(tomorrow.getMonthValue()));
        fields.put("date-year", "20xx");
        fields.put("startTime", "7pm");
        fields.put("endTime", "9pm");
        fields.put("venueName", "Harbour Community Centre");
        fields.put("accessibility", "");
        fields.put("capacity", "0");
        fields.put("authority1", police);
        fields.put("attendeeName1", "Ch Supt Alex Example");
        fields.put("attendeeRole1", "");
        StaffBrowser.Page invalid = staff.postWithToken(StaffRoutes.NEW_MEETING, fields);
        assertEquals(200, invalid.status());
        assertEquals(List.of("Enter the real date of the meeting, for example 30 3 2027",
                "Say how accessible the venue is: step-free access, hearing loop, toilets, parking, how to ask for"
                        + " other help",
                "Enter the number of places as a whole number from 1 to 100000, or leave it empty for no limit",
                "Enter attendee 1's role, in up to 200 characters"), invalid.errors());
        assertEquals("Harbour Community Centre", invalid.document().select("#venueName").val(), "entries kept");
        assertEquals("Ch Supt Alex Example", invalid.document().select("#attendeeName1").val());
        assertTrue(invalid.title().startsWith("Error: "));

        fields.put("date-year", Integer.toString(tomorrow.getYear()));
        fields.put("accessibility", "Step-free entrance on Quay Street; hearing loop");
        fields.put("capacity", "30");
        fields.put("attendeeRole1", "Borough Commander");
        StaffBrowser.Page created = staff.postWithToken(StaffRoutes.NEW_MEETING, fields);
        assertEquals(303, created.status(), created.html());
        String meetingPath = created.location().orElseThrow();
        long id = Long.parseLong(meetingPath.substring(meetingPath.lastIndexOf('/') + 1));
        Meeting draft = meetings.find(id).orElseThrow();
        assertEquals("Draft", staff.get(meetingPath).document().select(".govuk-tag").text());

        assertEquals(303, staff.postWithToken(meetingPath + "/publish", "revision",
                Integer.toString(draft.revision())).status());
        Meeting published = meetings.find(id).orElseThrow();
        assertEquals(Meeting.Status.PUBLISHED, published.status());

        StaffBrowser resident = new StaffBrowser(server.getURI());
        resident.postWithToken("/meetings/" + published.slug() + "/register", "name", "J. R.", "needs",
                "Wheelchair space", "question", "When will the harbour lights be fixed?");
        Document registrations = staff.get(meetingPath + "/registrations").document();
        assertTrue(registrations.text().contains("J. R."), registrations.text());
        assertTrue(registrations.text().contains("Wheelchair space"));

        fields.put("revision", Integer.toString(published.revision()));
        fields.put("date-day", Integer.toString(today.getDayOfMonth()));
        fields.put("date-month", Integer.toString(today.getMonthValue()));
        fields.put("date-year", Integer.toString(today.getYear()));
        fields.put("startTime", "00:00");
        fields.put("endTime", "23:59");
        StaffBrowser.Page moved = staff.postWithToken(meetingPath + "/edit", fields);
        assertEquals(303, moved.status(), moved.html());
        published = meetings.find(id).orElseThrow();
        assertEquals(1, meetings.attendees(id).size(), "the expected attendee is kept");

        Map<String, String> record = new LinkedHashMap<>();
        record.put("revision", Integer.toString(published.revision()));
        record.put("attendance", "many");
        record.put("question1", "When will the harbour lights be fixed?");
        record.put("answer1", "");
        StaffBrowser.Page recordErrors = staff.postWithToken(meetingPath + "/record", record);
        assertEquals(List.of("Enter how many residents came, as a whole number, for example 35",
                "Enter the answer given to question 1, or \"No answer was given\""), recordErrors.errors());
        assertEquals("When will the harbour lights be fixed?", recordErrors.document().select("#question1").text());

        long attendeeId = meetings.attendees(id).get(0).id();
        record.put("attendance", "23");
        record.put("came", Long.toString(attendeeId));
        record.put("answer1", "By the end of May, the council said.");
        record.put("answeredBy1", "Example Borough Council");
        record.put("minutes", "The Borough Commander opened the meeting.");
        assertEquals(303, staff.postWithToken(meetingPath + "/record", record).status());
        Meeting recorded = meetings.find(id).orElseThrow();
        assertEquals(303, staff.postWithToken(meetingPath + "/publish-discussion", "revision",
                Integer.toString(recorded.revision())).status());

        Document publicPage = resident.get("/meetings/" + published.slug()).document();
        assertTrue(publicPage.text().contains("What was discussed"), publicPage.text());
        assertTrue(publicPage.text().contains("23 residents came"));
        assertTrue(publicPage.text().contains("Ch Supt Alex Example, Borough Commander"));
        assertTrue(publicPage.text().contains("By the end of May, the council said."));
        assertFalse(publicPage.text().contains("J. R."), "no resident is named");
        assertTrue(audit.about("meeting", id).stream().map(AuditEvent::action).toList().containsAll(List.of(
                "meeting.created", "meeting.published", "meeting.recorded", "meeting.discussion_published")));

        StaffAccount partner = StaffFixtures.account(accounts, "meeting-reader", Role.PARTNERSHIP);
        StaffBrowser reader = new StaffBrowser(server.getURI());
        reader.signIn(partner.username(), StaffFixtures.PASSWORD);
        Document readOnly = reader.get(meetingPath).document();
        assertTrue(readOnly.text().contains("When will the harbour lights be fixed?"), "questions sent in, no names");
        assertFalse(readOnly.text().contains("J. R."));
        assertTrue(readOnly.select("a[href=" + meetingPath + "/edit]").isEmpty(), "no actions for readers");
        assertEquals(403, reader.getOnce(meetingPath + "/registrations").status());
    }

    @Test
    void aRetiredAuthorityIsNoLongerOfferedToMeetingsNorLookedForByTheEngagementRecord() {
        StaffAccount officer = StaffFixtures.account(accounts, "authorities", Role.CONSULTATION);
        StaffBrowser staff = new StaffBrowser(server.getURI());
        staff.signIn(officer.username(), StaffFixtures.PASSWORD);
        String name = "Exampleshire County Council " + UUID.randomUUID().toString().substring(0, 6);
        long county = authorities.add("test", "council", name);
        try {
            // a meeting of a past plan year, attended by a senior person from every authority but the new one
            int start = ThreadLocalRandom.current().nextInt(1990, 2015);
            String year = MatrixSettings.planYear(start);
            Instant at = LocalDate.of(start, 6, 10).atTime(19, 0).atZone(ZoneId.of("Europe/London")).toInstant();
            Meeting held = meetings.create("test", new MeetingDetails("Have your say " + year, null, at,
                    at.plus(Duration.ofHours(2)), "Town Hall", null, "Step-free", null, null, null, null,
                    authorities.current().stream().filter(a -> a.id() != county).map(a -> new MeetingDetails
                            .ExpectedAttendee(a.id(), "Senior person", "Director")).toList()));
            outcomes.record("test", held.id(), held.revision(), new MeetingOutcomes.Outcome(30, meetings
                    .attendees(held.id()).stream().collect(Collectors.toMap(Attendee::id, a -> true)), List.of(),
                    List.of(), null));
            String meetingLine = ".govuk-summary-list__row:eq(1) .govuk-summary-list__value";
            Document before = staff.get(StaffRoutes.engagement(year)).document();
            assertTrue(before.select(meetingLine).text().startsWith("At risk No senior person came from " + name),
                    before.select(meetingLine).text());
            assertTrue(staff.get(StaffRoutes.NEW_MEETING).document().select("#authority1 option").eachText()
                    .contains(name + " (Local authority)"), "offered to a new meeting");

            String retire = StaffRoutes.authorityRetire(county);
            assertEquals(List.of(retire), staff.get(StaffRoutes.MEETING_AUTHORITIES).document()
                    .select("#retire a[href=" + retire + "]").eachAttr("href"));
            StaffAccount partner = StaffFixtures.account(accounts, "authorities-reader", Role.PARTNERSHIP);
            StaffBrowser reader = new StaffBrowser(server.getURI());
            reader.signIn(partner.username(), StaffFixtures.PASSWORD);
            assertEquals(403, reader.getOnce(retire).status());
            assertEquals(403, reader.postWithToken(retire).status(), "only those who may rename may retire");
            assertEquals(403, staff.postOnce(retire).status(), "not without the form's CSRF token");
            assertFalse(authorities.find(county).orElseThrow().retired());

            Document confirm = staff.get(retire).document();
            assertEquals("Retire " + name, confirm.select("h1").text());
            assertTrue(confirm.text().contains("new meetings cannot name it"), confirm.text());
            assertEquals(1, confirm.select("form[method=post][action=" + retire + "] input[name=csrfToken]").size());
            StaffBrowser.Page retired = staff.postWithToken(retire);
            assertEquals(303, retired.status(), retired.html());
            assertEquals(StaffRoutes.MEETING_AUTHORITIES, retired.location().orElseThrow());
            Document after = staff.follow(retired).document();
            assertTrue(after.text().contains(name + " is retired: new meetings cannot name it"), after.text());
            assertTrue(after.select("#name" + county).isEmpty(), "no longer among the names to change");
            assertTrue(after.select("#retire a[href=" + retire + "]").isEmpty());
            assertTrue(after.select("#retired").text().contains(name + " (Local authority)"));

            assertFalse(staff.get(StaffRoutes.NEW_MEETING).document().select("#authority1 option").eachText()
                    .contains(name + " (Local authority)"), "no longer offered to a new meeting");
            Document record = staff.get(StaffRoutes.engagement(year)).document();
            assertTrue(record.select(meetingLine).text().startsWith("Met Have your say " + year
                    + " was attended by a senior person from each responsible authority"),
                    record.select(meetingLine).text());

            assertTrue(staff.follow(staff.postWithToken(retire)).document().text().contains(name
                    + " is retired already"));
            List<AuditEvent> events = audit.about("responsible_authority", county);
            assertEquals(List.of("authority.added", "authority.retired"), events.stream().map(AuditEvent::action)
                    .toList(), "retired once, audited once");
            assertEquals(officer.username(), events.get(1).actor());
            assertEquals(name, events.get(1).beforeValue());
        } finally {
            authorities.retire("test", county);
        }
    }
}
