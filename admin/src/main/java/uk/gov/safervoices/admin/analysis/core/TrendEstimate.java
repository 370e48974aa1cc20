package uk.gov.safervoices.admin.analysis.core;

/**
 * One category's change between two waves.
 *
 * @param category      the answer category
 * @param earlier       proportion in the earlier wave (0 if nobody chose it, or it was not offered)
 * @param later         proportion in the later wave
 * @param difference    later - earlier
 * @param standardError of the difference: sqrt(se1^2 + se2^2) from the calibrated SEs, the waves being independent
 *                      samples
 * @param interval      normal confidence interval of the difference
 * @param pValue        two-sided, for no change
 * @param significant   pValue below 1 - confidence level (the interval excludes 0)
 * @param inBothWaves   false when the category is in only one wave's table
 */
public record TrendEstimate(String category, double earlier, double later, double difference, double standardError,
                            Interval interval, double pValue, boolean significant, boolean inBothWaves) {
}
