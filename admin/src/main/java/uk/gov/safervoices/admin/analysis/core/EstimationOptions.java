package uk.gov.safervoices.admin.analysis.core;

/**
 * @param confidenceLevel for every interval (default 0.95)
 * @param minimumBase     estimates whose unweighted base is below this are flagged (default 30), to be suppressed
 *                        in anything published
 */
public record EstimationOptions(double confidenceLevel, long minimumBase) {

    public static final long DEFAULT_MINIMUM_BASE = 30;

    public EstimationOptions {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("The confidence level must be between 0 and 1, not " + confidenceLevel);
        }
        if (minimumBase < 0) {
            throw new IllegalArgumentException("The minimum base cannot be negative: " + minimumBase);
        }
    }

    public static EstimationOptions defaults() {
        return new EstimationOptions(0.95, DEFAULT_MINIMUM_BASE);
    }
}
