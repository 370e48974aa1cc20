package uk.gov.safervoices.admin.analysis.core;

import java.util.Locale;

/** Numbers in messages, written the way an analyst reads them. */
final class Format {

    private Format() {
    }

    /** People: whole numbers with thousands separators, small or fractional amounts to 3 significant figures. */
    static String people(double amount) {
        double magnitude = Math.abs(amount);
        if (magnitude >= 100 || amount == Math.rint(amount)) {
            return String.format(Locale.UK, "%,.0f", amount);
        }
        return String.format(Locale.UK, "%.3g", amount);
    }

    static String count(long count, String singular, String plural) {
        return String.format(Locale.UK, "%,d %s", count, count == 1 ? singular : plural);
    }

    static String percent(double fraction) {
        return String.format(Locale.UK, "%.2g%%", 100 * fraction);
    }

    static String number(double value) {
        return String.format(Locale.UK, "%.6g", value);
    }
}
