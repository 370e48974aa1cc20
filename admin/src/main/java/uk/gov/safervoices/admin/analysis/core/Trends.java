package uk.gov.safervoices.admin.analysis.core;

import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The same question (same ids) in two waves, e.g. last year's survey and this year's: the difference of each
 * category's proportion, with its confidence interval and a significance flag. The waves are independent samples,
 * so the variance of the difference is the sum of the two variances (the calibrated ones). Works on any two tables,
 * overall or for the same group of a breakdown.
 */
public final class Trends {

    private Trends() {
    }

    /** Standard errors and differences of proportions this small are rounding, not sampling. */
    private static final double EXACT = 1e-9;

    public static List<TrendEstimate> compare(ProportionTable earlier, ProportionTable later, double confidenceLevel) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("The confidence level must be between 0 and 1, not " + confidenceLevel);
        }
        NormalDistribution normal = new NormalDistribution(null, 0, 1, 1e-14);
        double z = normal.inverseCumulativeProbability(0.5 + confidenceLevel / 2);
        Set<String> categories = new LinkedHashSet<>();
        later.estimates().forEach(estimate -> categories.add(estimate.category()));
        earlier.estimates().forEach(estimate -> categories.add(estimate.category()));
        List<TrendEstimate> trends = new ArrayList<>(categories.size());
        for (String category : categories) {
            Optional<Estimate> before = earlier.estimate(category);
            Optional<Estimate> after = later.estimate(category);
            double p1 = before.map(Estimate::proportion).orElse(0.0);
            double p2 = after.map(Estimate::proportion).orElse(0.0);
            double se1 = before.map(Estimate::calibratedStandardError).orElse(0.0);
            double se2 = after.map(Estimate::calibratedStandardError).orElse(0.0);
            double difference = p2 - p1;
            double se = Math.sqrt(se1 * se1 + se2 * se2);
            double pValue;
            if (se > EXACT) {
                pValue = 2 * normal.cumulativeProbability(-Math.abs(difference / se));
            } else {
                // Known without sampling error in both waves (a raking variable's share, fixed by the margins):
                // rounding noise in the difference is not a change, and no difference is "significant".
                pValue = Math.abs(difference) <= EXACT ? 1 : Double.NaN;
            }
            Interval interval = Double.isNaN(difference) ? Interval.UNAVAILABLE
                    : new Interval(difference - z * se, difference + z * se);
            trends.add(new TrendEstimate(category, p1, p2, difference, se, interval, pValue,
                    pValue < 1 - confidenceLevel, before.isPresent() && after.isPresent()));
        }
        return trends;
    }
}
