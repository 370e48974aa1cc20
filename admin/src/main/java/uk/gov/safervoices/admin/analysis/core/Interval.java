package uk.gov.safervoices.admin.analysis.core;

/** A confidence interval; both ends NaN when it cannot be computed (say so rather than print nonsense). */
public record Interval(double lower, double upper) {

    public static final Interval UNAVAILABLE = new Interval(Double.NaN, Double.NaN);

    public boolean available() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
