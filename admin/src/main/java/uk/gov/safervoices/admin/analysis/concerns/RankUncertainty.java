package uk.gov.safervoices.admin.analysis.concerns;

import java.util.List;

/**
 * The order of the concerns by one measure, with its uncertainty from the bootstrap.
 *
 * @param measure  what the concerns are ordered by
 * @param topK     the k of {@link ConcernRank#probabilityTopK()}
 * @param ranks    every concern, best first (tied concerns in catalogue order)
 * @param adjacent each concern against the next one down, in that order (one fewer than the concerns)
 */
public record RankUncertainty(RankingMeasure measure, int topK, List<ConcernRank> ranks,
                              List<AdjacentComparison> adjacent) {

    public RankUncertainty {
        ranks = List.copyOf(ranks);
        adjacent = List.copyOf(adjacent);
    }
}
