package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.admin.analysis.core.IndependenceTest;
import uk.gov.safervoices.admin.analysis.core.ProportionTable;
import uk.gov.safervoices.admin.analysis.core.RakingResult;
import uk.gov.safervoices.admin.analysis.core.TrimmingResult;
import uk.gov.safervoices.admin.analysis.core.WeightDiagnostics;
import uk.gov.safervoices.admin.analysis.core.WeightedDesign;
import uk.gov.safervoices.admin.analysis.core.WeightingProblem;

import java.util.List;
import java.util.Optional;

/**
 * A consultation's responses weighted by a scheme, and every item estimated: or, when weighting could not go
 * ahead, the problems that stopped it (and no estimates).
 *
 * @param respondents  included responses
 * @param problems     why weighting was refused or failed; empty when it worked
 * @param raking       what raking did (null when refused)
 * @param trimming     what trimming did (null when the scheme does not trim, or weighting was refused)
 * @param design       the final weights (null when refused)
 * @param diagnostics  of the final weights (null when refused)
 * @param breakdown    the variable results are broken down by, or null
 * @param groups       its groups in report order, with their labels
 * @param items        one per analysis item, in questionnaire order
 * @param revision     the data this was computed from (see {@link AnalysisInputs})
 */
public record AnalysisResult(long respondents, List<WeightingProblem> problems, RakingResult raking,
                             TrimmingResult trimming, WeightedDesign design, WeightDiagnostics diagnostics,
                             Breakdown breakdown, List<ItemResult> items, String revision) {

    public AnalysisResult {
        problems = List.copyOf(problems);
        items = List.copyOf(items);
    }

    public boolean weighted() {
        return problems.isEmpty();
    }

    public Optional<ItemResult> item(String key) {
        return items.stream().filter(i -> i.item().key().equals(key)).findFirst();
    }

    /** The variable results are broken down by: its name and label, and its groups and their labels. */
    public record Breakdown(String variable, String label, List<String> groups, List<String> groupLabels) {
        public Breakdown {
            groups = List.copyOf(groups);
            groupLabels = List.copyOf(groupLabels);
        }

        public String groupLabel(String group) {
            int i = groups.indexOf(group);
            return i < 0 ? group : groupLabels.get(i);
        }
    }

    /**
     * @param overall everyone
     * @param groups  one table per breakdown group (empty without a breakdown)
     * @param test    the tests of independence with the breakdown variable, when there is one and it can be tested
     */
    public record ItemResult(AnalysisItem item, ProportionTable overall, List<ProportionTable> groups,
                             Optional<IndependenceTest> test) {
        public ItemResult {
            groups = List.copyOf(groups);
        }
    }
}
