package uk.gov.safervoices.portal.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where and when the partnership agreed its priorities, as the plan summary says it: the meeting's name, then the
 * date, unless the name already gives it. Staff often name the meeting with its date ("Partnership board, 12 March
 * 2026"): that is shown as it is, not followed by the date again; a name ending with the day and month only
 * ("Board, 12 March") gets the year.
 */
public final class AgreedAt {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private AgreedAt() {
    }

    public static String of(String meeting, LocalDate date) {
        String name = meeting.strip();
        String text = plain(name);
        String day = Integer.toString(date.getDayOfMonth());
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.UK);
        String shortMonth = month.substring(0, 3);
        String year = Integer.toString(date.getYear());
        List<String> written = List.of(day + " " + month + " " + year, day + " " + shortMonth + " " + year,
                month + " " + day + " " + year, date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                date.format(DateTimeFormatter.ofPattern("d/M/yyyy")), date.toString());
        if (written.stream().anyMatch(w -> Pattern.compile("(?<![0-9])" + Pattern.quote(w) + "(?![0-9])")
                .matcher(text).find())) {
            return name;
        }
        if (Pattern.compile("(?<![0-9])" + day + " (" + month + "|" + shortMonth + ")$").matcher(text).find()) {
            return name.replaceAll("[\\s.,]+$", "") + " " + year;
        }
        return name + ", " + DATE.format(date);
    }

    /** Lower case, without ordinals ("12th" to "12", "12th of" to "12"), commas or repeated spaces. */
    private static String plain(String name) {
        return name.toLowerCase(Locale.UK).replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("(\\d) of\\b", "$1")
                .replaceAll("[,\\s]+", " ").replaceAll("[\\s.]+$", "");
    }
}
