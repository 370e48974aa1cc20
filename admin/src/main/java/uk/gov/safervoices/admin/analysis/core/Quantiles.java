package uk.gov.safervoices.admin.analysis.core;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/**
 * Quantiles of the beta and t distributions. Beta quantiles with both parameters at least 1 (every interval of a
 * share named by at least one respondent) by Halley's method; the others found as Commons Math finds them, by
 * Brent's method on the distribution function to an absolute accuracy, but from a narrow bracket around a normal approximation (checked, and widened
 * until it holds the root) rather than the whole support: the same root to within that accuracy, in about a third of
 * the evaluations of the distribution function (an incomplete beta function, the costly part of an interval).
 * Falls back to Commons Math's own search should no bracket be found.
 */
final class Quantiles {

    /** Bracket widenings (by 4 each) before falling back. */
    private static final int MAX_WIDENINGS = 30;

    private Quantiles() {
    }

    /** Halley steps (each one evaluation of the distribution function) before falling back to the bracketed search. */
    private static final int MAX_NEWTON_STEPS = 40;

    /** The {@code probability} quantile of Beta(alpha, beta), to {@code accuracy}. */
    static double beta(double alpha, double beta, double probability, double accuracy) {
        if (alpha >= 1 && beta >= 1) {
            double found = newtonBeta(alpha, beta, probability, accuracy);
            if (!Double.isNaN(found)) {
                return found;
            }
        }
        BetaDistribution distribution = new BetaDistribution(null, alpha, beta, accuracy);
        double spread = Math.sqrt(distribution.getNumericalVariance());
        double guess = distribution.getNumericalMean() + normal(probability) * spread;
        return solve(distribution, probability, guess, spread / 4, 0, 1, accuracy);
    }

    /**
     * Halley's method on the distribution function (Commons Math's regularized incomplete beta, as its
     * {@link BetaDistribution} evaluates it), whose derivative is the density and second derivative the density
     * times a closed form: from a normal approximation it takes 3.3 evaluations on average (Newton's 4.2) where the
     * bracketed search takes about 10, and each interval needs two quantiles. A step
     * that would leave the bracket known to hold the root bisects instead. For alpha and beta of at least 1 (the
     * density is then bounded and unimodal); NaN if it does not settle, for the caller to search as before.
     */
    private static double newtonBeta(double a, double b, double probability, double accuracy) {
        double logBeta = Beta.logBeta(a, b);
        double mean = a / (a + b);
        double spread = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
        double x = mean + normal(probability) * spread;
        if (!(x > 0 && x < 1)) {
            x = mean;
        }
        double lower = 0;
        double upper = 1;
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            double error = Beta.regularizedBeta(x, a, b) - probability;
            if (error == 0) {
                return x;
            }
            if (error < 0) {
                lower = x;
            } else {
                upper = x;
            }
            double density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta);
            // Halley's step: Newton's corrected by the density's slope, f'/f = (a - 1)/x - (b - 1)/(1 - x)
            double newton = error / density;
            double slope = (a - 1) / x - (b - 1) / (1 - x);
            double next = x - newton / (1 - 0.5 * newton * slope);
            if (!(next > lower && next < upper)) {
                next = 0.5 * (lower + upper);
            }
            if (Math.abs(next - x) <= accuracy) {
                return next;
            }
            x = next;
        }
        return Double.NaN;
    }

    /** The {@code probability} quantile of Student's t with {@code degreesOfFreedom}, to {@code accuracy}. */
    static double t(double degreesOfFreedom, double probability, double accuracy) {
        TDistribution distribution = new TDistribution(null, degreesOfFreedom, accuracy);
        double z = normal(probability);
        double guess = z + (z * z * z + z) / (4 * degreesOfFreedom);
        return solve(distribution, probability, guess, 0.01 * Math.max(1, Math.abs(guess)), Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, accuracy);
    }

    private static double normal(double probability) {
        return Math.sqrt(2) * Erf.erfInv(2 * probability - 1);
    }

    private static double solve(AbstractRealDistribution distribution, double probability, double guess, double step,
                                double lowest, double highest, double accuracy) {
        UnivariateFunction error = new UnivariateFunction() {
            @Override
            public double value(double x) {
                return distribution.cumulativeProbability(x) - probability;
            }
        };
        if (Double.isFinite(guess) && step > 0) {
            double lower = Math.max(lowest, guess - step);
            double atLower = error.value(lower);
            for (int widenings = 0; atLower > 0 && lower > lowest && widenings < MAX_WIDENINGS; widenings++) {
                step *= 4;
                lower = Math.max(lowest, guess - step);
                atLower = error.value(lower);
            }
            double upper = Math.min(highest, guess + step);
            double atUpper = error.value(upper);
            for (int widenings = 0; atUpper < 0 && upper < highest && widenings < MAX_WIDENINGS; widenings++) {
                step *= 4;
                upper = Math.min(highest, guess + step);
                atUpper = error.value(upper);
            }
            if (atLower <= 0 && atUpper >= 0 && lower < upper) {
                return new BrentSolver(accuracy).solve(Integer.MAX_VALUE, error, lower, upper,
                        lower + 0.5 * (upper - lower));
            }
        }
        return distribution.inverseCumulativeProbability(probability);
    }
}
