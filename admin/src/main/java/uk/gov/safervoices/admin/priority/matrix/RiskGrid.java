package uk.gov.safervoices.admin.priority.matrix;

/**
 * The impact x likelihood view of the matrix (MoRiLE-style 4 x 4 grid): a criterion's scaled value (0..1, see
 * {@link PriorityMatrix}) in one of four bands, 1 (lowest quarter) to 4 (highest), so that a concern sits in a cell
 * of impact (for example harm) against likelihood (for example recorded volume).
 */
public final class RiskGrid {
    public static final int BANDS = 4;

    private RiskGrid() {
    }

    /** The band of a scaled value: 1 for [0, 0.25), 2 for [0.25, 0.5), 3 for [0.5, 0.75), 4 for [0.75, 1]; 0 if none. */
    public static int band(double scaled) {
        if (Double.isNaN(scaled)) {
            return 0;
        }
        return Math.max(1, Math.min(BANDS, 1 + (int) Math.floor(scaled * BANDS)));
    }

    /** The grid's score of a cell, impact x likelihood, 1 to 16; 0 if either is missing. */
    public static int score(int impactBand, int likelihoodBand) {
        return impactBand * likelihoodBand;
    }
}
