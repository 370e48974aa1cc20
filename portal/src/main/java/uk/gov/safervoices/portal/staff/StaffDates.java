package uk.gov.safervoices.portal.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times for staff pages, in GOV.UK style and UK time: "22 November 2026 at 3:45pm". */
public final class StaffDates {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private StaffDates() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }

    /** The UK day an instant falls on: "22 November 2026". */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(UK));
    }
}
