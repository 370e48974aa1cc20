package uk.gov.safervoices.admin.analysis.concerns;

import uk.gov.safervoices.admin.analysis.core.Interval;

/**
 * One weighted estimate with its standard errors and confidence interval.
 *
 * @param value                   the estimate
 * @param standardError           linearised, treating the weights as fixed (R: the statistic on
 *                                {@code svydesign(ids = ~1, weights = ~w)})
 * @param calibratedStandardError taking the raking into account (R: the statistic on {@code calibrate(...,
 *                                calfun = "raking")}); the interval uses this one
 * @param interval                the confidence interval (how it is made depends on the estimate: see {@link
 *                                ConcernScore}); unavailable (NaN) where it cannot be computed
 */
public record ScoreEstimate(double value, double standardError, double calibratedStandardError, Interval interval) {
}
