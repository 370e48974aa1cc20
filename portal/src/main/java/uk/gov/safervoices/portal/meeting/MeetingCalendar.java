package uk.gov.safervoices.portal.meeting;

import uk.gov.safervoices.admin.meeting.Meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting as an iCalendar file (RFC 5545): one VEVENT in a VCALENDAR, times in UTC ("Z"), so that every calendar
 * shows it at the right local time without a VTIMEZONE. Text values are escaped (backslash, semicolon, comma,
 * newline) and every content line is folded at 75 octets of UTF-8 without splitting a character; lines end CRLF.
 * A cancelled meeting keeps its UID with STATUS:CANCELLED and a higher SEQUENCE, so calendars that imported it can
 * update it.
 */
final class MeetingCalendar {
    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private MeetingCalendar() {
    }

    /**
     * @param pageUrl     the meeting's page, absolute
     * @param description plain text (newlines allowed)
     * @param stamp       when this file was made (DTSTAMP)
     */
    static String of(Meeting meeting, String uidDomain, String pageUrl, String description, Instant stamp) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Safer Voices//Public meetings//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("BEGIN:VEVENT");
        lines.add("UID:meeting-" + meeting.id() + "@" + uidDomain);
        lines.add("DTSTAMP:" + UTC.format(stamp));
        lines.add("DTSTART:" + UTC.format(meeting.startsAt()));
        lines.add("DTEND:" + UTC.format(meeting.endsAt()));
        lines.add("SEQUENCE:" + meeting.revision());
        lines.add("STATUS:" + (meeting.status() == Meeting.Status.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        lines.add("SUMMARY:" + text((meeting.status() == Meeting.Status.CANCELLED ? "Cancelled: " : "")
                + meeting.title()));
        String location = meeting.inPerson() ? join(meeting.venueName(), meeting.venueAddress())
                : meeting.onlineUrl();
        lines.add("LOCATION:" + text(location));
        lines.add("URL:" + (meeting.online() && !meeting.inPerson() ? meeting.onlineUrl() : pageUrl));
        lines.add("DESCRIPTION:" + text(description));
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder file = new StringBuilder();
        lines.forEach(line -> file.append(fold(line)).append("\r\n"));
        return file.toString();
    }

    private static String join(String name, String address) {
        return address == null || address.isBlank() ? name : name + ", " + address.replaceAll("\\s*\\R\\s*", ", ");
    }

    /** An RFC 5545 TEXT value: backslash, semicolon and comma escaped, newlines as \n. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** Folds a content line into lines of at most 75 octets, continuation lines starting with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
