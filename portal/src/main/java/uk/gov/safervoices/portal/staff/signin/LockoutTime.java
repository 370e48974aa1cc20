package uk.gov.safervoices.portal.staff.signin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** When a lockout ends, in GOV.UK style: "3:45pm", or "3:45pm on 23 November 2026" when that is not today. */
final class LockoutTime {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LockoutTime() {
    }

    static String describe(Instant until, Instant now) {
        // Round up to the next minute, so that "after 3:45pm" is never a moment too early.
        ZonedDateTime end = until.atZone(UK);
        if (end.getSecond() > 0 || end.getNano() > 0) {
            end = end.withSecond(0).withNano(0).plusMinutes(1);
        }
        String time = TIME.format(end).toLowerCase(Locale.UK);
        boolean today = end.toLocalDate().equals(now.atZone(UK).toLocalDate());
        return today ? time : time + " on " + DATE.format(end);
    }
}
