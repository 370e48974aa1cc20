package uk.gov.safervoices.admin.analysis.core;

import java.util.List;
import java.util.Optional;

/**
 * The weighted proportions of every category of one question, in one domain (everyone, or one breakdown group).
 *
 * @param group            the breakdown group, or null for everyone
 * @param respondents      respondents in the domain, answering or not
 * @param base             respondents in the domain who answered (the unweighted base)
 * @param weightedBase     their weighted total
 * @param degreesOfFreedom for the intervals: respondents in the domain - 1 (as R's {@code degf} of the domain)
 * @param belowMinimumBase the base is under the minimum base: flag it, and suppress it in anything published
 * @param estimates        one per category, in the categories' order
 */
public record ProportionTable(String group, long respondents, long base, double weightedBase, double degreesOfFreedom,
                              boolean belowMinimumBase, List<Estimate> estimates) {

    public ProportionTable {
        estimates = List.copyOf(estimates);
    }

    public Optional<Estimate> estimate(String category) {
        return estimates.stream().filter(estimate -> estimate.category().equals(category)).findFirst();
    }
}
