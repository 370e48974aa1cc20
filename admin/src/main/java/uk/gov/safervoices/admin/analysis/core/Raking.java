package uk.gov.safervoices.admin.analysis.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raking (iterative proportional fitting) of weighting cells to the population margins of any number of categorical
 * variables, as R's {@code survey::rake}, run to full convergence.
 *
 * <p>Before raking, the cells and margins are checked and every problem found is reported at once in a {@link
 * WeightingException}: blank weighting answers, categories the margins do not list, margin categories nobody in the
 * sample belongs to, margins that disagree on the population total (R's {@code rake} silently returns weights that
 * miss a margin there). After raking, the achieved margins are recomputed from the final weights and compared with
 * the targets; {@link RakingResult#converged()} is true only if every one is within the tolerance.
 *
 * <p>Cost: O(iterations x cells x margins).
 */
public final class Raking {

    private Raking() {
    }

    /** Rake cells that start with equal weights (a sample without design weights). */
    public static RakingResult rake(WeightingCells cells, List<Margin> margins, RakingOptions options) {
        WeightingCells merged = cells.merged();
        double[] ones = new double[merged.cells().size()];
        Arrays.fill(ones, 1.0);
        return rake(merged.variables(), merged.cells(), ones, margins, options);
    }

    /** Rake starting from the weights of {@code start} (for example trimmed weights). */
    public static RakingResult rake(WeightedDesign start, List<Margin> margins, RakingOptions options) {
        return rake(start.variables(), start.cells(), start.weights(), margins, options);
    }

    private static RakingResult rake(List<String> variables, List<WeightingCell> allCells, double[] startWeights,
                                     List<Margin> margins, RakingOptions options) {
        RakingChecks.checkStructure(variables, margins);
        List<String> notes = new ArrayList<>();
        List<WeightingProblem> problems = new ArrayList<>();

        List<Integer> kept = new ArrayList<>();
        long dropped = RakingChecks.keepComplete(variables, allCells, options, kept, problems, notes);

        int m = margins.size();
        int[] position = new int[m];
        List<Map<String, Integer>> categoryIndex = new ArrayList<>();
        for (int v = 0; v < m; v++) {
            position[v] = variables.indexOf(margins.get(v).variable());
            Map<String, Integer> index = new HashMap<>();
            List<MarginCategory> categories = margins.get(v).categories();
            for (int k = 0; k < categories.size(); k++) {
                index.put(categories.get(k).category(), k);
            }
            categoryIndex.add(index);
        }

        int cellCount = kept.size();
        long[] respondents = new long[cellCount];
        double[] weights = new double[cellCount];
        int[][] category = new int[m][cellCount];
        long[][] sampleCounts = new long[m][];
        List<Map<String, Long>> unlisted = new ArrayList<>();
        for (int v = 0; v < m; v++) {
            sampleCounts[v] = new long[margins.get(v).categories().size()];
            unlisted.add(new LinkedHashMap<>());
        }
        long total = 0;
        for (int c = 0; c < cellCount; c++) {
            WeightingCell cell = allCells.get(kept.get(c));
            respondents[c] = cell.respondents();
            weights[c] = startWeights[kept.get(c)];
            total += cell.respondents();
            for (int v = 0; v < m; v++) {
                String answer = cell.categories().get(position[v]);
                Integer k = categoryIndex.get(v).get(answer);
                if (k == null) {
                    unlisted.get(v).merge(answer, cell.respondents(), Long::sum);
                    category[v][c] = -1;
                } else {
                    category[v][c] = k;
                    sampleCounts[v][k] += cell.respondents();
                }
            }
        }
        if (total == 0) {
            problems.add(new WeightingProblem(WeightingProblem.Code.NO_RESPONDENTS, null, null,
                    "There are no respondents with answers to every weighting variable, so there is nothing to weight."));
        }
        for (int v = 0; v < m; v++) {
            RakingChecks.checkCategories(margins.get(v), sampleCounts[v], unlisted.get(v), problems);
        }
        List<Margin> targets = RakingChecks.checkTotals(margins, options, problems, notes);
        if (!problems.isEmpty()) {
            throw new WeightingException(problems);
        }

        double[][] target = new double[m][];
        for (int v = 0; v < m; v++) {
            List<MarginCategory> categories = targets.get(v).categories();
            target[v] = new double[categories.size()];
            for (int k = 0; k < categories.size(); k++) {
                target[v][k] = categories.get(k).population();
            }
        }
        double allowed = options.tolerance() * targets.get(0).total();
        int iterations = 0;
        boolean stopped = false;
        double[][] achieved = new double[m][];
        while (iterations < options.maxIterations() && !stopped) {
            iterations++;
            for (int v = 0; v < m; v++) {
                double[] totals = totals(category[v], respondents, weights, target[v].length);
                double[] factor = new double[totals.length];
                for (int k = 0; k < totals.length; k++) {
                    factor[k] = totals[k] > 0 ? target[v][k] / totals[k] : 1.0;
                }
                for (int c = 0; c < cellCount; c++) {
                    weights[c] *= factor[category[v][c]];
                }
            }
            stopped = maxError(category, respondents, weights, target, achieved) <= allowed;
        }

        // Convergence is not taken on trust: the margins are recomputed from the final weights.
        double maxError = maxError(category, respondents, weights, target, achieved);
        boolean finite = Arrays.stream(weights).allMatch(Double::isFinite);
        boolean converged = finite && maxError <= allowed;
        List<AchievedMargin> achievedMargins = new ArrayList<>();
        for (int v = 0; v < m; v++) {
            List<MarginCategory> categories = targets.get(v).categories();
            for (int k = 0; k < categories.size(); k++) {
                achievedMargins.add(new AchievedMargin(targets.get(v).variable(), categories.get(k).category(),
                        target[v][k], achieved[v][k]));
            }
        }
        List<WeightingCell> keptCells = new ArrayList<>(cellCount);
        for (int index : kept) {
            keptCells.add(allCells.get(index));
        }
        List<String> rakedTo = margins.stream().map(Margin::variable).toList();
        WeightedDesign design = new WeightedDesign(variables, keptCells, finite ? weights : new double[cellCount], rakedTo);
        return new RakingResult(design, converged, iterations, achievedMargins, maxError, targets, dropped, notes);
    }

    /**
     * The weighted total of every category of the given margins, as achieved by a design's weights (respondents in
     * categories a margin does not list count towards none).
     */
    public static List<AchievedMargin> achievedMargins(WeightedDesign design, List<Margin> targets) {
        List<AchievedMargin> achieved = new ArrayList<>();
        for (Margin margin : targets) {
            int position = design.variables().indexOf(margin.variable());
            Map<String, Double> totals = new HashMap<>();
            for (int c = 0; c < design.size(); c++) {
                String category = position < 0 ? null : design.cells().get(c).categories().get(position);
                totals.merge(String.valueOf(category), design.respondents(c) * design.weight(c), Double::sum);
            }
            for (MarginCategory category : margin.categories()) {
                achieved.add(new AchievedMargin(margin.variable(), category.category(), category.population(),
                        totals.getOrDefault(category.category(), 0.0)));
            }
        }
        return achieved;
    }

    private static double[] totals(int[] category, long[] respondents, double[] weights, int categories) {
        double[] totals = new double[categories];
        for (int c = 0; c < category.length; c++) {
            totals[category[c]] += respondents[c] * weights[c];
        }
        return totals;
    }

    private static double maxError(int[][] category, long[] respondents, double[] weights, double[][] target,
                                   double[][] achieved) {
        double worst = 0;
        for (int v = 0; v < target.length; v++) {
            achieved[v] = totals(category[v], respondents, weights, target[v].length);
            for (int k = 0; k < target[v].length; k++) {
                double error = Math.abs(achieved[v][k] - target[v][k]);
                worst = Double.isNaN(error) ? Double.POSITIVE_INFINITY : Math.max(worst, error);
            }
        }
        return worst;
    }
}
