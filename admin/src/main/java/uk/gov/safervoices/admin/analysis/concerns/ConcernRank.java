package uk.gov.safervoices.admin.analysis.concerns;

/**
 * Where a concern stands in one ordering, and how sure we are of it.
 *
 * @param concern          the concern code
 * @param estimate         its value of the measure ordered by
 * @param rank             1 + concerns with a strictly higher estimate (tied concerns share the better rank)
 * @param probabilityTopK  the share of bootstrap replicates in which it is among the top k; a replicate where it
 *                         ties with others across the k-th place counts the fraction of the tied places within the
 *                         top k, so the probabilities of all concerns add up to k
 * @param rankLower        lower end of the rank interval: the lower percentile (2.5% at 95%) of its best rank
 *                         over the replicates (1 + concerns strictly ahead)
 * @param rankUpper        upper end: the upper percentile (97.5%) of its worst rank (concerns ahead or tied,
 *                         itself included)
 */
public record ConcernRank(String concern, double estimate, int rank, double probabilityTopK, int rankLower,
                          int rankUpper) {
}
