package uk.gov.safervoices.admin.analysis.core;

import java.util.List;

/**
 * Is the answer independent of the group? Computed on respondents with both an answer and a group, over the
 * categories and groups that have any.
 *
 * @param categories           answer categories in the table
 * @param groups               groups in the table
 * @param pearsonChiSquare     unweighted Pearson statistic, no continuity correction
 *                             ({@code chisq.test(correct = FALSE)})
 * @param pearsonDegreesOfFreedom (rows - 1)(columns - 1)
 * @param pearsonP             its p-value
 * @param raoScottF            Rao-Scott second-order corrected F ({@code svychisq(statistic = "F")}): the weighted
 *                             Pearson statistic divided by the trace of the design-effect matrix
 * @param numeratorDegreesOfFreedom   d0 = trace^2 / trace of its square
 * @param denominatorDegreesOfFreedom d0 x (respondents in the design - 1)
 * @param raoScottP            its p-value
 */
public record IndependenceTest(List<String> categories, List<String> groups, double pearsonChiSquare,
                               double pearsonDegreesOfFreedom, double pearsonP, double raoScottF,
                               double numeratorDegreesOfFreedom, double denominatorDegreesOfFreedom,
                               double raoScottP) {

    public IndependenceTest {
        categories = List.copyOf(categories);
        groups = List.copyOf(groups);
    }

    /** The Rao-Scott test rejects independence at this level (e.g. 0.05). */
    public boolean significant(double level) {
        return raoScottP < level;
    }
}
