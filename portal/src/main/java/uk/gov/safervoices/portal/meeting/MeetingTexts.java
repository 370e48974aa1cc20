package uk.gov.safervoices.portal.meeting;

import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.MeetingTimes;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Meeting times as GOV.UK writes them, in UK time: "Tuesday 30 March 2027, 7pm to 9pm", "7:30pm", "midday". */
public final class MeetingTexts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private MeetingTexts() {
    }

    public static String when(Meeting meeting) {
        ZonedDateTime start = meeting.startsAt().atZone(MeetingTimes.UK);
        ZonedDateTime end = meeting.endsAt().atZone(MeetingTimes.UK);
        String from = DAY.format(start) + ", " + time(start.toLocalTime());
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return from + " to " + time(end.toLocalTime());
        }
        return from + " to " + DAY.format(end) + ", " + time(end.toLocalTime());
    }

    public static String day(Instant instant) {
        return DAY.format(instant.atZone(MeetingTimes.UK));
    }

    public static String time(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "midday";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String suffix = time.getHour() < 12 ? "am" : "pm";
        return time.getMinute() == 0 ? hour + suffix : String.format("%d:%02d%s", hour, time.getMinute(), suffix);
    }
}
