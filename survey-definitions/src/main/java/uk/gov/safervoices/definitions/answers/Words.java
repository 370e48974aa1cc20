package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small pieces of the error messages: quoted labels, ordinals, dates written the GOV.UK way. */
final class Words {

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth"};
    private static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Words() {
    }

    /** A label in single curly quotes, as GOV.UK writes them: ‘None of these’. */
    static String quoted(String label) {
        return "\u2018" + label + "\u2019";
    }

    /** The label of a choice of the question (‘Prefer not to say’ for that answer), quoted. */
    static String choiceLabel(Question question, String choiceId) {
        if (Choice.PREFER_NOT_TO_SAY.equals(choiceId) && question.choice(choiceId).isEmpty()) {
            return quoted("Prefer not to say");
        }
        return quoted(question.choice(choiceId).map(Choice::label).orElse(choiceId));
    }

    /** first, second ... tenth, 11th, 12th ... */
    static String ordinal(int n) {
        if (n >= 1 && n <= ORDINALS.length) {
            return ORDINALS[n - 1];
        }
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /** 1 January 2025 */
    static String date(LocalDate date) {
        return date.format(GOV_UK_DATE);
    }

    static String options(long n) {
        return n == 1 ? "1 option" : n + " options";
    }
}
