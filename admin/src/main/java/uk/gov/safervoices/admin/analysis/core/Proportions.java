package uk.gov.safervoices.admin.analysis.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Weighted proportions of every category of a question, overall and broken down by a variable, with linearised
 * and calibrated standard errors, logit and Korn-Graubard intervals, design effects, and (for breakdowns) the
 * Rao-Scott and Pearson tests of independence. Agrees with R's {@code survey} package: see
 * {@code src/test/resources/analysis/README.md}.
 *
 * <p>The base of a question excludes blank and not-asked answers (null {@link AnswerCell#answer()}); those
 * respondents still count in the design (domain estimation, as R with {@code na.rm = TRUE}). Answer cells should
 * therefore include the blank answers (so that each domain's respondent count, and its degrees of freedom, is
 * right); respondents of a weighting cell the answer cells leave out are treated as blanks.
 */
public final class Proportions {

    private Proportions() {
    }

    /** Everyone: one table. {@code categories} in report order, or null for the answers found, sorted. */
    public static ProportionTable estimate(WeightedDesign design, List<AnswerCell> cells, List<String> categories,
                                          EstimationOptions options) {
        AnswerUnits units = AnswerUnits.of(design, cells, categories, null, false);
        return table(design.linearisation(), design, units, -1, options);
    }

    /**
     * One table per group of {@link AnswerCell#group()} (respondents with a blank group are in none), the overall
     * table, and the tests of independence between the answer and the group.
     */
    public static Breakdown breakdown(WeightedDesign design, List<AnswerCell> cells, List<String> categories,
                                      List<String> groups, EstimationOptions options) {
        AnswerUnits units = AnswerUnits.of(design, cells, categories, groups, true);
        Linearisation linearisation = design.linearisation();
        List<ProportionTable> tables = new ArrayList<>();
        for (int g = 0; g < units.groups.size(); g++) {
            tables.add(table(linearisation, design, units, g, options));
        }
        ProportionTable overall = table(linearisation, design, units, -1, options);
        Optional<IndependenceTest> test = RaoScott.test(linearisation, design, units);
        return new Breakdown(overall, tables, test);
    }

    static ProportionTable table(Linearisation linearisation, WeightedDesign design, AnswerUnits units, int group,
                                 EstimationOptions options) {
        int k = units.categories.size();
        long domain = group < 0 ? design.respondents() : 0;
        List<Integer> selected = new ArrayList<>();
        long[] respondents = new long[k];
        double[] weighted = new double[k];
        for (int u = 0; u < units.cell.length; u++) {
            if (group >= 0 && units.group[u] != group) {
                continue;
            }
            if (group >= 0) {
                domain += units.count[u];
            }
            int a = units.answer[u];
            if (a >= 0) {
                selected.add(u);
                respondents[a] += units.count[u];
                weighted[a] += units.count[u] * design.weight(units.cell[u]);
            }
        }
        long base = 0;
        double weightedBase = 0;
        for (int a = 0; a < k; a++) {
            base += respondents[a];
            weightedBase += weighted[a];
        }
        double[] p = new double[k];
        for (int a = 0; a < k; a++) {
            p[a] = weightedBase > 0 ? weighted[a] / weightedBase : Double.NaN;
        }

        int n = selected.size();
        int[] cell = new int[n];
        long[] count = new long[n];
        int[] own = new int[n];
        for (int i = 0; i < n; i++) {
            int u = selected.get(i);
            cell[i] = units.cell[u];
            count[i] = units.count[u];
            own[i] = units.answer[u];
        }
        IndicatorScores scores = linearisation.indicatorScores(cell, count, own, p, weightedBase, k);
        double[] fixed = scores.variances(false);
        double[] calibrated = design.calibrated() ? scores.variances(true) : fixed;

        double degreesOfFreedom = domain - 1;
        double t = Intervals.logitQuantile(degreesOfFreedom, options.confidenceLevel());
        List<Estimate> estimates = new ArrayList<>(k);
        for (int a = 0; a < k; a++) {
            double variance = calibrated[a];
            double srs = simpleRandomSampleVariance(p[a], base, weightedBase);
            estimates.add(new Estimate(units.categories.get(a), respondents[a], weighted[a], p[a],
                    Math.sqrt(fixed[a]), Math.sqrt(variance), variance / srs, fixed[a] / srs,
                    Intervals.logit(p[a], Math.sqrt(variance), t),
                    Intervals.kornGraubard(p[a], variance, base, options.confidenceLevel())));
        }
        return new ProportionTable(group < 0 ? null : units.groups.get(group), domain, base, weightedBase,
                degreesOfFreedom, base < options.minimumBase(), estimates);
    }

    /**
     * The variance of p under simple random sampling of the same base, as {@code svymean(deff = TRUE)}: without
     * replacement from the weighted base when that is larger than the sample, else with replacement.
     */
    private static double simpleRandomSampleVariance(double p, long base, double weightedBase) {
        if (base < 2) {
            return Double.NaN;
        }
        double withReplacement = p * (1 - p) / (base - 1);
        return weightedBase > base ? withReplacement * (weightedBase - base) / weightedBase : withReplacement;
    }
}
