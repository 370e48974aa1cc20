package uk.gov.safervoices.admin.priority.matrix;

/**
 * How a concern's rank moves when the criterion weights do, so that nobody is surprised by a weight choice.
 *
 * @param lowestRankOneAtATime  its worst (largest) rank when any one weight is halved or doubled, the others kept
 * @param highestRankOneAtATime its best (smallest) rank in the same changes
 * @param sameRankShare         the share of random weightings (each weight varied around the chosen one) in which it
 *                              keeps its rank
 * @param rankLower             with {@code rankUpper}, the middle 95% of its ranks over the random weightings
 * @param rankUpper             see {@code rankLower}
 */
public record RankSensitivity(int highestRankOneAtATime, int lowestRankOneAtATime, double sameRankShare,
                              int rankLower, int rankUpper) {

    /** Its rank is the same under every change of one weight tried. */
    public boolean stableOneAtATime() {
        return highestRankOneAtATime == lowestRankOneAtATime;
    }
}
