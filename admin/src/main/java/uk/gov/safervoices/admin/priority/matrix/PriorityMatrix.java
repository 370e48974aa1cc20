package uk.gov.safervoices.admin.priority.matrix;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The priority matrix (issue 6): each criterion's values scaled to 0..1 across the concerns (min-max, so the most
 * pressing concern on a criterion scores 1 and the least 0; all equal scores 0.5 each), a composite score as the
 * weighted mean of a concern's scaled values, the rank, and how the rank moves when the weights move: every weight
 * halved and doubled one at a time, and random weightings around the chosen ones (docs/adr/0021).
 */
public final class PriorityMatrix {

    private PriorityMatrix() {
    }

    /** The matrix: the criteria as weighted, and the concerns in rank order. */
    public record Result(List<Criterion> criteria, List<PriorityRow> rows) {
        public Result {
            criteria = List.copyOf(criteria);
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param concerns concern codes, in the order ties are listed
     * @param values   per criterion code, each concern's value (absent or not finite: the concern has none)
     */
    public static Result compute(List<String> concerns, List<Criterion> criteria, Map<String, Map<String, Double>> values,
                                 MatrixOptions options) {
        if (criteria.isEmpty() || criteria.stream().mapToDouble(Criterion::weight).sum() <= 0) {
            throw new IllegalArgumentException("The matrix needs at least one criterion with a weight above 0");
        }
        double[][] scaled = new double[concerns.size()][criteria.size()];
        for (int c = 0; c < criteria.size(); c++) {
            Criterion criterion = criteria.get(c);
            Map<String, Double> given = values.getOrDefault(criterion.code(), Map.of());
            double[] column = new double[concerns.size()];
            for (int k = 0; k < concerns.size(); k++) {
                Double value = given.get(concerns.get(k));
                column[k] = value == null ? Double.NaN : value;
            }
            double[] result = scale(column, criterion.higherIsPriority());
            for (int k = 0; k < concerns.size(); k++) {
                scaled[k][c] = result[k];
            }
        }
        double[] weights = criteria.stream().mapToDouble(Criterion::weight).toArray();
        double[] composite = composites(scaled, weights);
        int[] ranks = ranks(composite);
        RankSensitivity[] sensitivity = sensitivity(scaled, weights, ranks, options);
        List<PriorityRow> rows = new ArrayList<>();
        for (int k = 0; k < concerns.size(); k++) {
            Map<String, Double> normalised = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (int c = 0; c < criteria.size(); c++) {
                if (Double.isNaN(scaled[k][c])) {
                    missing.add(criteria.get(c).code());
                } else {
                    normalised.put(criteria.get(c).code(), scaled[k][c]);
                }
            }
            rows.add(new PriorityRow(concerns.get(k), normalised, composite[k], ranks[k], missing, sensitivity[k]));
        }
        rows.sort(Comparator.comparingInt(PriorityRow::rank));
        return new Result(criteria, rows);
    }

    /** Min-max scaling of the finite values; NaN stays NaN; all equal gives 0.5. */
    static double[] scale(double[] values, boolean higherIsPriority) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (Double.isFinite(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                scaled[i] = Double.NaN;
            } else if (max == min) {
                scaled[i] = 0.5;
            } else {
                double up = (values[i] - min) / (max - min);
                scaled[i] = higherIsPriority ? up : 1 - up;
            }
        }
        return scaled;
    }

    /** Weighted means of each concern's scaled values over the criteria it has; NaN if it has none weighted. */
    static double[] composites(double[][] scaled, double[] weights) {
        double[] composite = new double[scaled.length];
        for (int k = 0; k < scaled.length; k++) {
            double sum = 0;
            double weight = 0;
            for (int c = 0; c < weights.length; c++) {
                if (!Double.isNaN(scaled[k][c])) {
                    sum += weights[c] * scaled[k][c];
                    weight += weights[c];
                }
            }
            composite[k] = weight > 0 ? sum / weight : Double.NaN;
        }
        return composite;
    }

    /** 1 + the number strictly higher; concerns without a composite come after all the others. */
    static int[] ranks(double[] composite) {
        int finite = (int) Arrays.stream(composite).filter(Double::isFinite).count();
        int[] ranks = new int[composite.length];
        for (int k = 0; k < composite.length; k++) {
            if (!Double.isFinite(composite[k])) {
                ranks[k] = finite + 1;
                continue;
            }
            int higher = 0;
            for (double other : composite) {
                if (Double.isFinite(other) && other > composite[k]) {
                    higher++;
                }
            }
            ranks[k] = higher + 1;
        }
        return ranks;
    }

    private static RankSensitivity[] sensitivity(double[][] scaled, double[] weights, int[] ranks,
                                                 MatrixOptions options) {
        int concerns = scaled.length;
        int[] best = ranks.clone();
        int[] worst = ranks.clone();
        for (int c = 0; c < weights.length; c++) {
            if (weights[c] == 0) {
                continue;
            }
            for (double factor : new double[]{0.5, 2}) {
                double[] changed = weights.clone();
                changed[c] *= factor;
                int[] moved = ranks(composites(scaled, changed));
                for (int k = 0; k < concerns; k++) {
                    best[k] = Math.min(best[k], moved[k]);
                    worst[k] = Math.max(worst[k], moved[k]);
                }
            }
        }
        int draws = options.randomWeightings();
        int[][] drawn = new int[concerns][draws];
        int[] same = new int[concerns];
        RandomGenerator random = new Well19937c(options.seed());
        double total = Arrays.stream(weights).sum();
        GammaDistribution[] gammas = new GammaDistribution[weights.length];
        for (int c = 0; c < weights.length; c++) {
            if (weights[c] > 0) {
                gammas[c] = new GammaDistribution(random, options.concentration() * weights[c] / total, 1);
            }
        }
        for (int d = 0; d < draws; d++) {
            double[] drawnWeights = new double[weights.length];
            for (int c = 0; c < weights.length; c++) {
                drawnWeights[c] = gammas[c] == null ? 0 : gammas[c].sample();
            }
            int[] moved = ranks(composites(scaled, drawnWeights));
            for (int k = 0; k < concerns; k++) {
                drawn[k][d] = moved[k];
                if (moved[k] == ranks[k]) {
                    same[k]++;
                }
            }
        }
        RankSensitivity[] sensitivity = new RankSensitivity[concerns];
        for (int k = 0; k < concerns; k++) {
            int[] sorted = drawn[k].clone();
            Arrays.sort(sorted);
            sensitivity[k] = new RankSensitivity(best[k], worst[k], same[k] / (double) draws,
                    sorted[quantileIndex(0.025, draws)], sorted[quantileIndex(0.975, draws)]);
        }
        return sensitivity;
    }

    /** R's quantile type 1: the ceil(p n)-th smallest. */
    private static int quantileIndex(double p, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(p * n) - 1));
    }
}
