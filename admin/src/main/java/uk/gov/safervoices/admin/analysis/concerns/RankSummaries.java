package uk.gov.safervoices.admin.analysis.concerns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Ranks, top-k probabilities, rank intervals and adjacent comparisons from a measure's estimates and its bootstrap
 * replicates. Ties (equal values, compared exactly) are handled as ADR 0018 says: a concern's best rank is 1 + the
 * concerns strictly ahead, its worst rank the concerns ahead or tied (itself included).
 */
final class RankSummaries {

    private RankSummaries() {
    }

    /**
     * @param estimates  the measure per concern (catalogue order)
     * @param replicates per usable replicate, the measure per concern
     */
    static RankUncertainty summarise(RankingMeasure measure, List<String> concerns, double[] estimates,
                                     List<double[]> replicates, int topK, double level) {
        int k = concerns.size();
        int b = replicates.size();
        double[] topShare = new double[k];
        int[][] best = new int[k][b];
        int[][] worst = new int[k][b];
        for (int r = 0; r < b; r++) {
            double[] values = replicates.get(r);
            for (int j = 0; j < k; j++) {
                int ahead = 0;
                int tied = 0;
                for (int i = 0; i < k; i++) {
                    if (values[i] > values[j]) {
                        ahead++;
                    } else if (values[i] == values[j]) {
                        tied++;
                    }
                }
                best[j][r] = ahead + 1;
                worst[j][r] = ahead + tied;
                topShare[j] += Math.max(0, Math.min(topK, ahead + tied) - ahead) / (double) tied;
            }
        }
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -estimates[j]));
        List<ConcernRank> ranks = new ArrayList<>(k);
        for (int j : order) {
            ranks.add(new ConcernRank(concerns.get(j), estimates[j], bestRank(estimates, j),
                    b == 0 ? Double.NaN : topShare[j] / b,
                    b == 0 ? 0 : percentile(best[j], (1 - level) / 2),
                    b == 0 ? 0 : percentile(worst[j], (1 + level) / 2)));
        }
        List<AdjacentComparison> adjacent = new ArrayList<>();
        for (int position = 0; position + 1 < k; position++) {
            int higher = order[position];
            int lower = order[position + 1];
            int ahead = 0;
            int tied = 0;
            for (double[] values : replicates) {
                if (values[higher] > values[lower]) {
                    ahead++;
                } else if (values[higher] == values[lower]) {
                    tied++;
                }
            }
            adjacent.add(new AdjacentComparison(concerns.get(higher), concerns.get(lower),
                    estimates[higher] - estimates[lower], b == 0 ? Double.NaN : ahead / (double) b,
                    b == 0 ? Double.NaN : tied / (double) b));
        }
        return new RankUncertainty(measure, topK, ranks, adjacent);
    }

    /** 1 + the concerns with a strictly higher value. */
    static int bestRank(double[] values, int j) {
        int ahead = 0;
        for (double value : values) {
            if (value > values[j]) {
                ahead++;
            }
        }
        return ahead + 1;
    }

    /**
     * The inverse of the empirical distribution function (R's {@code quantile(type = 1)}): the smallest value with
     * at least a share {@code p} of the values at or below it.
     */
    static int percentile(int[] values, double p) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p * sorted.length - 1e-9);
        return sorted[Math.min(sorted.length, Math.max(1, index)) - 1];
    }
}
