package uk.gov.safervoices.admin.analysis.concerns;

/**
 * Two concerns next to each other in the estimated order: is the higher one really ahead?
 *
 * @param higher           the concern ranked higher by the estimates
 * @param lower            the concern ranked just below it
 * @param difference       higher's estimate minus lower's
 * @param probabilityAhead the share of bootstrap replicates in which higher's estimate is strictly above lower's
 * @param probabilityTied  the share in which they are exactly equal (the rest have lower ahead)
 */
public record AdjacentComparison(String higher, String lower, double difference, double probabilityAhead,
                                 double probabilityTied) {
}
