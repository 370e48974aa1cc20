package uk.gov.safervoices.admin.analysis.core;


/** Confidence intervals for a proportion, as R's {@code svyciprop}. */
final class Intervals {

    private static final double ACCURACY = 1e-14;

    private Intervals() {
    }

    /**
     * {@code svyciprop(method = "logit")}: a t interval on the logit scale, {@code logit(p) +- t(df) se / (p (1 - p))},
     * transformed back. Unavailable at p = 0 or 1, where the logit is infinite.
     */
    static Interval logit(double p, double se, double degreesOfFreedom, double level) {
        return logit(p, se, logitQuantile(degreesOfFreedom, level));
    }

    /** The t quantile {@link #logit} uses, NaN for fewer than 1 degree of freedom: one per table, not per estimate. */
    static double logitQuantile(double degreesOfFreedom, double level) {
        if (!(degreesOfFreedom >= 1)) {
            return Double.NaN;
        }
        return Quantiles.t(degreesOfFreedom, 0.5 + level / 2, ACCURACY);
    }

    /** {@link #logit} with its t quantile ({@link #logitQuantile}) already found. */
    static Interval logit(double p, double se, double t) {
        if (!(p > 0 && p < 1) || !(se > 0) || Double.isNaN(t)) {
            return Interval.UNAVAILABLE;
        }
        double centre = Math.log(p / (1 - p));
        double half = t * se / (p * (1 - p));
        return new Interval(expit(centre - half), expit(centre + half));
    }

    /**
     * Korn and Graubard's interval, {@code svyciprop(method = "beta")}: a Clopper-Pearson interval with the effective
     * sample size {@code p (1 - p) / variance}. Where that is undefined (p = 0 or 1, or no variance) the unweighted
     * base is used instead, which gives the Clopper-Pearson interval (R gives no interval there).
     */
    /** Effective sample sizes beyond this mean the variance is zero but for rounding. */
    private static final double EXACT_EFFECTIVE_SIZE = 1e10;

    static Interval kornGraubard(double p, double variance, long base, double level) {
        if (Double.isNaN(p) || base < 1) {
            return Interval.UNAVAILABLE;
        }
        double effective = p * (1 - p) / variance;
        if (!(effective > 0) || Double.isInfinite(effective)) {
            effective = base;
        }
        if (effective > EXACT_EFFECTIVE_SIZE) {
            // The variance is rounding noise (a share fixed by calibration, or a tiny sample): the beta quantiles
            // equal p to 1e-5, and Commons Math would iterate for seconds on such parameters.
            return new Interval(p, p);
        }
        double alpha = 1 - level;
        double lower = p <= 0 ? 0 : Quantiles.beta(effective * p, effective * (1 - p) + 1, alpha / 2, ACCURACY);
        double upper = p >= 1 ? 1 : Quantiles.beta(effective * p + 1, effective * (1 - p), 1 - alpha / 2, ACCURACY);
        return new Interval(lower, upper);
    }

    static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
