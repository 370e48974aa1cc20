package uk.gov.safervoices.portal.staff.analysis;

import java.util.Locale;

/** Numbers as analysis pages show them: "34%", "32% to 38%", "12,345", "1.84". */
final class Figures {

    private Figures() {
    }

    static String percent(double proportion) {
        return Double.isFinite(proportion) ? String.format(Locale.UK, "%.0f%%", proportion * 100) : "–";
    }

    /** A percentage with one decimal place, for differences and small shares. */
    static String percentPoints(double difference) {
        return Double.isFinite(difference) ? String.format(Locale.UK, "%+.1f", difference * 100) : "–";
    }

    static String interval(double lower, double upper) {
        return Double.isFinite(lower) && Double.isFinite(upper) ? percent(lower) + " to " + percent(upper) : "–";
    }

    static String whole(double value) {
        return Double.isFinite(value) ? String.format(Locale.UK, "%,.0f", value) : "–";
    }

    static String decimal(double value, int places) {
        return Double.isFinite(value) ? String.format(Locale.UK, "%,." + places + "f", value) : "–";
    }

    /** A p-value as a reader expects it: "p < 0.001" or "p = 0.034". */
    static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return "p not known";
        }
        return p < 0.001 ? "p < 0.001" : String.format(Locale.UK, "p = %.3f", p);
    }
}
