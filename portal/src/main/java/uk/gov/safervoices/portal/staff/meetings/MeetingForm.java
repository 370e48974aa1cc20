package uk.gov.safervoices.portal.staff.meetings;

import uk.gov.safervoices.admin.meeting.Attendee;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.MeetingDetails;
import uk.gov.safervoices.admin.meeting.MeetingTimes;
import uk.gov.safervoices.portal.meeting.MeetingTexts;
import uk.gov.safervoices.portal.staff.consultations.ConsultationDates;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting form as posted or filled from a meeting: what was entered (kept to show again) and the problems,
 * each with its field and a sentence staff can act on. The date and times are UK time.
 */
final class MeetingForm {
    static final int MIN_ATTENDEE_ROWS = 6;
    static final List<String> TEXT = List.of("title", "summary", "startTime", "endTime", "venueName", "venueAddress",
            "accessibility", "onlineUrl", "agenda", "capacity", "feedbackConsultation", "revision");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");

    final Map<String, String> text = new LinkedHashMap<>();
    final Map<String, String> date;
    final List<String[]> attendees = new ArrayList<>();
    final Map<String, String> problems = new LinkedHashMap<>();

    /** As posted; {@code authorityIds} are the authorities a row may name. */
    MeetingForm(Map<String, List<String>> fields, Set<Long> authorityIds) {
        for (String name : TEXT) {
            text.put(name, Optional.ofNullable(Forms.first(fields, name)).orElse("").trim());
        }
        date = ConsultationDates.posted(fields, "date");
        int rows = Math.max(MIN_ATTENDEE_ROWS, rowsPosted(fields));
        for (int row = 1; row <= rows; row++) {
            attendees.add(new String[]{value(fields, "authority" + row), value(fields, "attendeeName" + row),
                    value(fields, "attendeeRole" + row)});
        }
        check(authorityIds);
    }

    /** A blank form, or one filled from a meeting (with room for three more attendees). */
    MeetingForm(Meeting meeting, List<Attendee> expected) {
        TEXT.forEach(name -> text.put(name, ""));
        if (meeting == null) {
            date = Map.of("day", "", "month", "", "year", "");
        } else {
            ZonedDateTime start = meeting.startsAt().atZone(MeetingTimes.UK);
            date = ConsultationDates.of(start.toLocalDate());
            text.put("title", meeting.title());
            text.put("summary", orEmpty(meeting.summary()));
            text.put("startTime", MeetingTexts.time(start.toLocalTime()));
            text.put("endTime", MeetingTexts.time(meeting.endsAt().atZone(MeetingTimes.UK).toLocalTime()));
            text.put("venueName", orEmpty(meeting.venueName()));
            text.put("venueAddress", orEmpty(meeting.venueAddress()));
            text.put("accessibility", orEmpty(meeting.accessibility()));
            text.put("onlineUrl", orEmpty(meeting.onlineUrl()));
            text.put("agenda", orEmpty(meeting.agenda()));
            text.put("capacity", meeting.capacity() == null ? "" : meeting.capacity().toString());
            text.put("feedbackConsultation", meeting.feedbackConsultationId() == null ? ""
                    : meeting.feedbackConsultationId().toString());
            text.put("revision", Integer.toString(meeting.revision()));
        }
        for (Attendee a : expected) {
            attendees.add(new String[]{Long.toString(a.authorityId()), a.name(), a.role()});
        }
        while (attendees.size() < Math.max(MIN_ATTENDEE_ROWS, expected.size() + 3)) {
            attendees.add(new String[]{"", "", ""});
        }
    }

    private void check(Set<Long> authorityIds) {
        if (text.get("title").isEmpty() || text.get("title").length() > 200) {
            problems.put("title", "Enter the meeting's title, in up to 200 characters");
        }
        if (text.get("summary").length() > 1000) {
            problems.put("summary", "The summary must be 1000 characters or fewer");
        }
        Optional<LocalDate> day = ConsultationDates.parse(date);
        if (day.isEmpty()) {
            problems.put("date", "Enter the real date of the meeting, for example 30 3 2027");
        }
        Optional<LocalTime> start = time(text.get("startTime"));
        Optional<LocalTime> end = time(text.get("endTime"));
        if (start.isEmpty()) {
            problems.put("startTime", "Enter the start time, for example 7pm or 19:00");
        }
        if (end.isEmpty()) {
            problems.put("endTime", "Enter the end time, for example 9pm or 21:00");
        } else if (start.isPresent() && !end.get().isAfter(start.get())) {
            problems.put("endTime", "The meeting must end after it starts, on the same day");
        }
        if (text.get("venueName").length() > 200) {
            problems.put("venueName", "The venue's name must be 200 characters or fewer");
        }
        if (text.get("venueAddress").length() > 500) {
            problems.put("venueAddress", "The address must be 500 characters or fewer");
        }
        if (text.get("venueName").isEmpty() && !text.get("venueAddress").isEmpty()) {
            problems.put("venueName", "Enter the venue's name as well as its address");
        }
        if (!text.get("venueName").isEmpty() && text.get("accessibility").isEmpty()) {
            problems.put("accessibility", "Say how accessible the venue is: step-free access, hearing loop, toilets,"
                    + " parking, how to ask for other help");
        }
        if (!text.get("onlineUrl").isEmpty() && !isWebAddress(text.get("onlineUrl"))) {
            problems.put("onlineUrl", "Enter the online meeting's full web address, starting https://");
        }
        if (text.get("venueName").isEmpty() && text.get("onlineUrl").isEmpty()) {
            problems.put("venueName", "Enter the venue, or an online link below, or both");
        }
        if (!text.get("capacity").isEmpty() && !text.get("capacity").matches("\\d{1,6}")
                || text.get("capacity").matches("\\d{1,6}") && (Integer.parseInt(text.get("capacity")) < 1
                || Integer.parseInt(text.get("capacity")) > MeetingDetails.MAX_CAPACITY)) {
            problems.put("capacity", "Enter the number of places as a whole number from 1 to "
                    + MeetingDetails.MAX_CAPACITY + ", or leave it empty for no limit");
        }
        if (!text.get("feedbackConsultation").isEmpty() && !text.get("feedbackConsultation").matches("\\d{1,18}")) {
            problems.put("feedbackConsultation", "Choose the consultation that collects feedback on this meeting");
        }
        for (int row = 1; row <= attendees.size(); row++) {
            String[] a = attendees.get(row - 1);
            boolean any = !a[0].isEmpty() || !a[1].isEmpty() || !a[2].isEmpty();
            if (!any) {
                continue;
            }
            if (!a[0].matches("\\d{1,18}") || !authorityIds.contains(Long.parseLong(a[0]))) {
                problems.put("authority" + row, "Choose the organisation attendee " + row + " is from");
            }
            if (a[1].isEmpty() || a[1].length() > 200) {
                problems.put("attendeeName" + row, "Enter attendee " + row + "'s name, in up to 200 characters");
            }
            if (a[2].isEmpty() || a[2].length() > 200) {
                problems.put("attendeeRole" + row, "Enter attendee " + row + "'s role, in up to 200 characters");
            }
        }
    }

    MeetingDetails details() {
        LocalDate day = ConsultationDates.parse(date).orElseThrow();
        Instant starts = MeetingTimes.fromUk(day.atTime(time(text.get("startTime")).orElseThrow()));
        Instant ends = MeetingTimes.fromUk(day.atTime(time(text.get("endTime")).orElseThrow()));
        List<MeetingDetails.ExpectedAttendee> expected = attendees.stream().filter(a -> !a[1].isEmpty())
                .map(a -> new MeetingDetails.ExpectedAttendee(Long.parseLong(a[0]), a[1], a[2])).toList();
        return new MeetingDetails(text.get("title"), blankToNull("summary"), starts, ends, blankToNull("venueName"),
                blankToNull("venueAddress"), blankToNull("accessibility"), blankToNull("onlineUrl"),
                blankToNull("agenda"), text.get("capacity").isEmpty() ? null : Integer.valueOf(text.get("capacity")),
                text.get("feedbackConsultation").isEmpty() ? null : Long.valueOf(text.get("feedbackConsultation")),
                expected);
    }

    int revision() {
        return text.get("revision").matches("\\d{1,9}") ? Integer.parseInt(text.get("revision")) : -1;
    }

    /** "7pm", "7:30pm", "7.30 pm", "19:00", "1930" is not one; "midday", "noon". */
    static Optional<LocalTime> time(String typed) {
        String value = typed.toLowerCase(Locale.ROOT).replace(" ", "");
        if (value.equals("midday") || value.equals("noon") || value.equals("12noon")) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher m = TIME.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (minute > 59 || (half == null && (hour > 23 || m.group(2) == null)) || (half != null && (hour < 1
                || hour > 12))) {
            return Optional.empty();
        }
        if (half != null) {
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && value.length() <= 500;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private String blankToNull(String name) {
        return text.get(name).isEmpty() ? null : text.get(name);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String value(Map<String, List<String>> fields, String name) {
        return Optional.ofNullable(Forms.first(fields, name)).orElse("").trim();
    }

    private static int rowsPosted(Map<String, List<String>> fields) {
        int rows = 0;
        while (fields.containsKey("attendeeName" + (rows + 1)) && rows < 50) {
            rows++;
        }
        return rows;
    }
}
