package uk.gov.safervoices.admin.analysis.concerns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Respondents of one weighting cell who gave the same ranking: SQL {@code GROUP BY ward, age_band, sex, rank_1,
 * rank_2, rank_3}.
 *
 * @param weightingCategories the weighting cell, in the sample's variable order (null where left blank)
 * @param ranked              the concern code at each rank position, first choice first; null where the position
 *                            was left empty. All null: the respondent ranked nothing (they stay in the weighting
 *                            and outside every base, so include them).
 * @param respondents         how many respondents
 */
public record RankingUnit(List<String> weightingCategories, List<String> ranked, long respondents) {

    public RankingUnit {
        weightingCategories = Collections.unmodifiableList(new ArrayList<>(weightingCategories));
        ranked = Collections.unmodifiableList(new ArrayList<>(ranked));
        if (respondents < 0) {
            throw new IllegalArgumentException("A ranking unit cannot have " + respondents + " respondents");
        }
        List<String> named = ranked.stream().filter(concern -> concern != null).toList();
        if (named.stream().distinct().count() != named.size()) {
            throw new IllegalArgumentException("A ranking names the same concern twice: " + ranked);
        }
    }

    /** Whether these respondents ranked at least one concern (they are in the base of means and shares). */
    public boolean rankedAny() {
        return ranked.stream().anyMatch(concern -> concern != null);
    }
}
