package uk.gov.safervoices.portal.meeting;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.MeetingTimes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The iCalendar file of a meeting, read back as a calendar program would. */
class MeetingCalendarTest {
    private static final Instant STAMP = Instant.parse("2027-01-10T12:00:00Z");

    private static Meeting meeting(String title, Meeting.Status status, String venueName, String address,
                                   String onlineUrl) {
        Instant start = MeetingTimes.fromUk(LocalDateTime.of(2027, 3, 30, 19, 0));
        return new Meeting(42, "have-your-say-2027-03-30", title, "Summary", start, start.plusSeconds(7200),
                "2026-27", venueName, address, null, onlineUrl, null, 40, status, STAMP, null, null, null, null, null,
                null, null, null, 3, "officer", STAMP);
    }

    @Test
    void aMeetingInSummerTimeIsAnEventAtTheRightUtcTimeWithEveryRequiredProperty() {
        String file = MeetingCalendar.of(meeting("Have your say", Meeting.Status.PUBLISHED, "Town Hall",
                "High Street\nExample Town EB1 1AA", null), "safer.example.gov.uk",
                "https://safer.example.gov.uk/meetings/have-your-say-2027-03-30", "About it", STAMP);

        List<String[]> lines = ICalendarReader.read(file);
        assertEquals("BEGIN:VCALENDAR", lines.get(0)[0] + ":" + lines.get(0)[1]);
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1)[0] + ":" + lines.get(lines.size() - 1)[1]);
        assertTrue(lines.stream().anyMatch(l -> l[0].equals("VERSION") && l[1].equals("2.0")));
        assertTrue(lines.stream().anyMatch(l -> l[0].equals("PRODID")));
        Map<String, String> event = ICalendarReader.event(file);
        assertEquals("meeting-42@safer.example.gov.uk", event.get("UID"));
        assertEquals("20270110T120000Z", event.get("DTSTAMP"));
        assertEquals("20270330T180000Z", event.get("DTSTART"), "7pm British Summer Time is 6pm UTC");
        assertEquals("20270330T200000Z", event.get("DTEND"));
        assertEquals("Have your say", ICalendarReader.text(event.get("SUMMARY")));
        assertEquals("Town Hall, High Street, Example Town EB1 1AA", ICalendarReader.text(event.get("LOCATION")));
        assertEquals("https://safer.example.gov.uk/meetings/have-your-say-2027-03-30", event.get("URL"));
        assertEquals("CONFIRMED", event.get("STATUS"));
        assertEquals("3", event.get("SEQUENCE"));
    }

    @Test
    void commasSemicolonsBackslashesAndNewlinesAreEscapedAndLongLinesFoldedWithoutSplittingCharacters() {
        String title = "Safety; crime, and \\ you — a meeting for Ōtautahi residents ".repeat(4).trim();
        String description = "Line one, with a comma;\nLine two\r\nLine three ünïcödé ".repeat(5);
        String file = MeetingCalendar.of(meeting(title, Meeting.Status.CANCELLED, null, null,
                "https://meet.example.gov.uk/j/123?pwd=a,b"), "example", "https://example/m", description, STAMP);

        Map<String, String> event = ICalendarReader.event(file); // checks 75 octets and CRLF on every line
        assertEquals("Cancelled: " + title, ICalendarReader.text(event.get("SUMMARY")));
        assertEquals(description.replace("\r\n", "\n"), ICalendarReader.text(event.get("DESCRIPTION")));
        assertEquals("CANCELLED", event.get("STATUS"));
        assertEquals("https://meet.example.gov.uk/j/123?pwd=a,b", event.get("URL"), "URI values are not escaped");
        assertTrue(file.contains("\r\n "), "long lines are folded");
        for (String line : file.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertEquals(line, new String(bytes, StandardCharsets.UTF_8), "no character is split");
            assertTrue(bytes.length <= 75, line);
        }
    }

    @Test
    void foldingCountsOctetsNotCharacters() {
        String line = "DESCRIPTION:" + "é".repeat(100);
        String folded = MeetingCalendar.fold(line);
        String[] parts = folded.split("\r\n");
        assertEquals(74, parts[0].getBytes(StandardCharsets.UTF_8).length,
                "12 octets and 31 two-octet characters; a 32nd would make 76");
        assertTrue(parts[1].startsWith(" é"));
        assertEquals(line, folded.replace("\r\n ", ""), "unfolding gives the line back");
    }
}
