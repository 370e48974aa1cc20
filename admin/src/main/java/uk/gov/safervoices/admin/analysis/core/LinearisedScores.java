package uk.gov.safervoices.admin.analysis.core;

/**
 * Linearisation variances for estimates other than proportions (means of scores, ratios, totals), for callers
 * outside this package: the same computation as the proportions' standard errors, over units that share a
 * weighting cell and a score vector. See {@link Linearisation} for the method and R's equivalent.
 */
public final class LinearisedScores {

    private LinearisedScores() {
    }

    /**
     * The covariance matrix of K estimates from their linearised scores.
     *
     * @param design     the weighted design (calibrated or not)
     * @param unitCell   per unit, the index of its weighting cell in {@code design.cells()}
     * @param unitCount  per unit, how many respondents share it
     * @param unitScore  per unit, K scores: each estimate's influence per unit of weight, already divided by the
     *                   estimate's denominator (for a total: the value itself; for a ratio y/x: (y - ratio x) / x
     *                   total). Respondents of the design no unit covers score 0.
     * @param calibrated take residuals on the calibration variables first (ignored for a design without them)
     */
    public static double[][] covariance(WeightedDesign design, int[] unitCell, long[] unitCount, double[][] unitScore,
                                        int k, boolean calibrated) {
        if (unitCell.length != unitCount.length || unitCell.length != unitScore.length) {
            throw new IllegalArgumentException("Units need one cell, count and score vector each");
        }
        long[] perCell = new long[design.size()];
        for (int u = 0; u < unitCell.length; u++) {
            if (unitScore[u].length != k) {
                throw new IllegalArgumentException("Unit " + u + " has " + unitScore[u].length + " scores, not " + k);
            }
            perCell[unitCell[u]] += unitCount[u];
        }
        for (int c = 0; c < perCell.length; c++) {
            if (perCell[c] > design.respondents(c)) {
                throw new IllegalArgumentException("The units count " + perCell[c] + " respondents in weighting cell "
                        + design.cells().get(c).categories() + ", which has only " + design.respondents(c));
            }
        }
        return new Linearisation(design).scoreCovariance(unitCell, unitCount, unitScore, k,
                calibrated && design.calibrated());
    }
}
