package uk.gov.safervoices.admin.analysis.concerns;

import uk.gov.safervoices.admin.analysis.core.WeightedDesign;
import uk.gov.safervoices.admin.analysis.core.WeightingCell;
import uk.gov.safervoices.admin.analysis.core.WeightingCells;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A ranking sample as arrays: per unit its weighting cell, count and the concern (index) at each position. */
final class UnitTable {

    final List<String> variables;
    final List<String> concerns;
    /** The distinct weighting cells of the sample, in order of first appearance. */
    final List<List<String>> cells;
    final int[] cellOf;
    final long[] count;
    /** [unit][position]: the concern's index, or -1 for an empty position. */
    final int[][] concernAt;
    final boolean[] rankedAny;
    final double[] points;

    UnitTable(RankingSample sample, List<Double> points) {
        this.variables = sample.weightingVariables();
        this.concerns = sample.concerns();
        this.points = points.stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, Integer> concernIndex = new HashMap<>();
        for (String concern : concerns) {
            concernIndex.put(concern, concernIndex.size());
        }
        Map<List<String>, Integer> cellIndex = new LinkedHashMap<>();
        List<RankingUnit> kept = sample.units().stream().filter(unit -> unit.respondents() > 0).toList();
        int size = kept.size();
        cellOf = new int[size];
        count = new long[size];
        concernAt = new int[size][sample.positions()];
        rankedAny = new boolean[size];
        for (int u = 0; u < size; u++) {
            RankingUnit unit = kept.get(u);
            Integer cell = cellIndex.putIfAbsent(unit.weightingCategories(), cellIndex.size());
            cellOf[u] = cell == null ? cellIndex.size() - 1 : cell;
            count[u] = unit.respondents();
            for (int position = 0; position < sample.positions(); position++) {
                String concern = unit.ranked().get(position);
                concernAt[u][position] = concern == null ? -1 : concernIndex.get(concern);
                rankedAny[u] |= concern != null;
            }
        }
        cells = List.copyOf(cellIndex.keySet());
    }

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
