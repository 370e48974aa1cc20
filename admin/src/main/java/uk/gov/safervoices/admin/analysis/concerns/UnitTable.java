package uk.gov.safervoices.admin.analysis.concerns;

import uk.gov.safervoices.admin.analysis.core.WeightedDesign;
import uk.gov.safervoices.admin.analysis.core.WeightingCell;
import uk.gov.safervoices.admin.analysis.core.WeightingCells;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A ranking sample as arrays: per unit its weighting cell, count and the concern (index) at each position. */
final class UnitTable {

    final List<String> variables;
    final List<String> concerns;
    /** The distinct weighting cells of the sample, in the units' canonical order. */
    final List<List<String>> cells;
    final int[] cellOf;
    final long[] count;
    /** [unit][position]: the concern's index, or -1 for an empty position. */
    final int[][] concernAt;
    final boolean[] rankedAny;
    final double[] points;

    /**
     * Units are merged where they repeat and put in a canonical order (weighting categories, then the ranking, each
     * compared as text with empty first), so the bootstrap's draws do not depend on the order the caller's query or
     * file gave them in: the same seed and the same data give the same replicates.
     */
    UnitTable(RankingSample sample, List<Double> points) {
        this.variables = sample.weightingVariables();
        this.concerns = sample.concerns();
        this.points = points.stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, Integer> concernIndex = new HashMap<>();
        for (String concern : concerns) {
            concernIndex.put(concern, concernIndex.size());
        }
        Map<List<String>, Long> merged = new TreeMap<>(CANONICAL);
        for (RankingUnit unit : sample.units()) {
            if (unit.respondents() > 0) {
                List<String> key = new ArrayList<>(unit.weightingCategories());
                key.addAll(unit.ranked());
                merged.merge(key, unit.respondents(), Long::sum);
            }
        }
        int size = merged.size();
        int width = variables.size();
        Map<List<String>, Integer> cellIndex = new LinkedHashMap<>();
        cellOf = new int[size];
        count = new long[size];
        concernAt = new int[size][sample.positions()];
        rankedAny = new boolean[size];
        int u = 0;
        for (Map.Entry<List<String>, Long> entry : merged.entrySet()) {
            List<String> key = entry.getKey();
            Integer cell = cellIndex.putIfAbsent(key.subList(0, width), cellIndex.size());
            cellOf[u] = cell == null ? cellIndex.size() - 1 : cell;
            count[u] = entry.getValue();
            for (int position = 0; position < sample.positions(); position++) {
                String concern = key.get(width + position);
                concernAt[u][position] = concern == null ? -1 : concernIndex.get(concern);
                rankedAny[u] |= concern != null;
            }
            u++;
        }
        cells = List.copyOf(cellIndex.keySet().stream().map(ArrayList::new).toList());
    }

    private static final Comparator<String> TEXT_EMPTY_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<List<String>> CANONICAL = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int order = TEXT_EMPTY_FIRST.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    int size() {
        return count.length;
    }

    /** The sample's weighting cells with these respondent counts per cell (a replicate's resampled counts). */
    WeightingCells weightingCells(long[] respondentsPerCell) {
        List<WeightingCell> list = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            list.add(new WeightingCell(cells.get(c), respondentsPerCell[c]));
        }
        return new WeightingCells(variables, list);
    }

    long[] respondentsPerCell(long[] multiplicity) {
        long[] perCell = new long[cells.size()];
        for (int u = 0; u < size(); u++) {
            perCell[cellOf[u]] += multiplicity[u];
        }
        return perCell;
    }

    /** Per sample cell, the weight of each of its respondents in the design; NaN for cells the design left out. */
    double[] weightPerCell(WeightedDesign design) {
        double[] weights = new double[cells.size()];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = design.weightOf(cells.get(c));
        }
        return weights;
    }

    /**
     * The two ranking measures for units weighted {@code weightPerCell} and counted {@code multiplicity} times:
     * [0] Borda mean per ranker, [1] mention share among rankers, per concern. NaN where nobody ranked anything.
     * Units in cells outside the design (NaN weight) are left out. Cost O(units x positions).
     */
    double[][] measures(double[] weightPerCell, long[] multiplicity) {
        int k = concerns.size();
        double[] borda = new double[k];
        double[] mentions = new double[k];
        double rankers = 0;
        for (int u = 0; u < size(); u++) {
            long times = multiplicity[u];
            double weight = weightPerCell[cellOf[u]];
            if (times == 0 || !rankedAny[u] || Double.isNaN(weight)) {
                continue;
            }
            double weighted = times * weight;
            rankers += weighted;
            int[] ranking = concernAt[u];
            for (int position = 0; position < ranking.length; position++) {
                int concern = ranking[position];
                if (concern >= 0) {
                    borda[concern] += weighted * points[position];
                    mentions[concern] += weighted;
                }
            }
        }
        for (int j = 0; j < k; j++) {
            borda[j] /= rankers;
            mentions[j] /= rankers;
        }
        return new double[][]{borda, mentions};
    }
}
