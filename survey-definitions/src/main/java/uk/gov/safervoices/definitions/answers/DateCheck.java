package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.Question;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a date given as day, month and year fields, the GOV.UK date input way. */
final class DateCheck {

    private DateCheck() {
    }

    static Outcome date(Question question, RawForm raw, LocalDate today) {
        String id = question.id();
        String[] parts = {"day", "month", "year"};
        String[] values = new String[3];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            values[i] = raw.values(id + "." + parts[i]).stream().findFirst().orElse(null);
            if (values[i] == null) {
                missing.add(parts[i]);
            }
        }
        if (missing.size() == 3) {
            return question.required() ? Outcome.error(id, id + ".day", "Enter a date") : Outcome.none();
        }
        if (!missing.isEmpty()) {
            return Outcome.error(id, id + "." + missing.get(0), "Date must include a " + String.join(" and ", missing));
        }
        Integer day = number(values[0], 2);
        Integer month = month(values[1]);
        if (day == null || day < 1 || day > 31) {
            return Outcome.error(id, id + ".day", "Date must be a real date");
        }
        if (month == null || month < 1 || month > 12) {
            return Outcome.error(id, id + ".month", "Date must be a real date");
        }
        Integer year = number(values[2], 4);
        if (year == null || values[2].length() != 4) {
            return Outcome.error(id, id + ".year", "Year must include 4 numbers");
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Outcome.error(id, id + ".day", "Date must be a real date");
        }
        return inRange(question, date, today);
    }

    private static Outcome inRange(Question question, LocalDate date, LocalDate today) {
        String id = question.id();
        if (question.earliest() != null && date.isBefore(question.earliest())) {
            return Outcome.error(id, id + ".day", "Date must be the same as or after "
                    + Words.date(question.earliest()));
        }
        if (question.latestToday() && date.isAfter(today)) {
            return Outcome.error(id, id + ".day", "Date must be today or in the past");
        }
        if (!question.latestToday() && question.latest() != null && date.isAfter(question.latest())) {
            return Outcome.error(id, id + ".day", "Date must be the same as or before "
                    + Words.date(question.latest()));
        }
        return Outcome.of(new Answer.Date(date));
    }

    private static Integer number(String text, int maxDigits) {
        return text.matches("[0-9]{1," + maxDigits + "}") ? Integer.parseInt(text) : null;
    }

    /** A month number, or its name or the first three letters of it ("Feb", "february"), as GOV.UK advises. */
    private static Integer month(String text) {
        Integer number = number(text, 2);
        if (number != null) {
            return number;
        }
        String lower = text.toLowerCase(Locale.UK);
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.UK);
            if (lower.equals(name) || lower.length() == 3 && name.startsWith(lower)) {
                return month.getValue();
            }
        }
        return null;
    }
}
