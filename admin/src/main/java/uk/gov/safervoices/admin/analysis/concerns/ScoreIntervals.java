package uk.gov.safervoices.admin.analysis.concerns;

import org.apache.commons.math3.distribution.TDistribution;
import uk.gov.safervoices.admin.analysis.core.Interval;

/**
 * Confidence intervals for the concern scores, on {@code degreesOfFreedom} = respondents in the design - 1 (R's
 * {@code degf}): a t interval for totals and means (R: {@code confint(est, df = degf(design))}), and for shares the
 * logit interval of R's {@code svyciprop(method = "logit")}, {@code expit(logit(p) +- t se / (p (1 - p)))}, which
 * stays inside 0 to 1 (the same formula as the analysis core's proportions).
 */
final class ScoreIntervals {

    private static final double ACCURACY = 1e-14;

    private final double t;

    ScoreIntervals(double degreesOfFreedom, double level) {
        t = degreesOfFreedom >= 1
                ? new TDistribution(null, degreesOfFreedom, ACCURACY).inverseCumulativeProbability(0.5 + level / 2)
                : Double.NaN;
    }

    Interval symmetric(double value, double se) {
        if (Double.isNaN(t) || !(se >= 0) || Double.isNaN(value)) {
            return Interval.UNAVAILABLE;
        }
        return new Interval(value - t * se, value + t * se);
    }

    Interval logit(double p, double se) {
        if (Double.isNaN(t) || !(p > 0 && p < 1) || !(se > 0)) {
            return Interval.UNAVAILABLE;
        }
        double centre = Math.log(p / (1 - p));
        double half = t * se / (p * (1 - p));
        return new Interval(expit(centre - half), expit(centre + half));
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
