package uk.gov.safervoices.admin.analysis.concerns;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every respondent's answer to one ranking question, aggregated into units. The units are the whole sample to be
 * weighted: respondents who ranked nothing are included (with an all-empty ranking).
 *
 * @param weightingVariables the weighting variables, in the order of every unit's categories
 * @param concerns           the concern codes in catalogue order (concerns nobody ranked are reported too)
 * @param positions          how many rank positions the question has (N: "rank your top N")
 * @param units              the respondents
 */
public record RankingSample(List<String> weightingVariables, List<String> concerns, int positions,
                            List<RankingUnit> units) {

    public RankingSample {
        weightingVariables = List.copyOf(weightingVariables);
        concerns = List.copyOf(concerns);
        units = List.copyOf(units);
        if (positions < 1) {
            throw new IllegalArgumentException("A ranking question needs at least one position, not " + positions);
        }
        if (concerns.isEmpty()) {
            throw new IllegalArgumentException("A ranking question needs at least one concern");
        }
        Set<String> known = new HashSet<>(concerns);
        if (known.size() != concerns.size()) {
            throw new IllegalArgumentException("Concerns repeat: " + concerns);
        }
        for (RankingUnit unit : units) {
            if (unit.weightingCategories().size() != weightingVariables.size()) {
                throw new IllegalArgumentException("Unit " + unit + " does not have one category for each of "
                        + weightingVariables);
            }
            if (unit.ranked().size() != positions) {
                throw new IllegalArgumentException("Unit " + unit + " does not have " + positions + " rank positions");
            }
            for (String concern : unit.ranked()) {
                if (concern != null && !known.contains(concern)) {
                    throw new IllegalArgumentException("Concern '" + concern + "' is not among " + concerns);
                }
            }
        }
    }

    public long respondents() {
        return units.stream().mapToLong(RankingUnit::respondents).sum();
    }
}
