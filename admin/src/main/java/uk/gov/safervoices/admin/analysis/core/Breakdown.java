package uk.gov.safervoices.admin.analysis.core;

import java.util.List;
import java.util.Optional;

/**
 * A question broken down by a variable.
 *
 * @param overall everyone (respondents with a blank group included)
 * @param groups  one table per group, in the groups' order
 * @param test    the tests of independence, unless fewer than two answer categories or groups have respondents
 */
public record Breakdown(ProportionTable overall, List<ProportionTable> groups, Optional<IndependenceTest> test) {

    public Breakdown {
        groups = List.copyOf(groups);
    }

    public Optional<ProportionTable> group(String name) {
        return groups.stream().filter(table -> name.equals(table.group())).findFirst();
    }
}
