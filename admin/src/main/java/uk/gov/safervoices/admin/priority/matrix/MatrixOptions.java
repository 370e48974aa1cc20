package uk.gov.safervoices.admin.priority.matrix;

/**
 * How the sensitivity of the ranks is explored.
 *
 * @param randomWeightings how many random weightings (at least 1)
 * @param concentration    how tightly random weights sit around the chosen ones: each weighting is drawn from a
 *                         Dirichlet distribution with parameters {@code concentration x share of each weight}, so
 *                         larger is tighter (20: a weight of 25% mostly lands between about 10% and 45%)
 * @param seed             the same seed gives the same weightings
 */
public record MatrixOptions(int randomWeightings, double concentration, long seed) {
    public static final MatrixOptions DEFAULTS = new MatrixOptions(1000, 20, 1);

    public MatrixOptions {
        if (randomWeightings < 1) {
            throw new IllegalArgumentException("At least one random weighting, not " + randomWeightings);
        }
        if (!(concentration > 0) || Double.isInfinite(concentration)) {
            throw new IllegalArgumentException("The concentration must be a positive number, not " + concentration);
        }
    }
}
