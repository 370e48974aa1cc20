package uk.gov.safervoices.admin.analysis.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted cells: the sample after weighting, one weight per respondent in each cell. This is what every estimate
 * reads.
 *
 * <p>{@code calibrationVariables} are the variables the weights were raked (calibrated) to. Standard errors then
 * take the calibration into account (residuals after projecting on those variables, as R's {@code survey} package
 * does after {@code rake()} or {@code calibrate()}); with none, weights are treated as fixed. The starting weights
 * of the calibration are taken to be equal, as they are for a sample without design weights.
 *
 * <p>Immutable: the weights are copied in and out.
 */
public final class WeightedDesign {

    private final List<String> variables;
    private final List<WeightingCell> cells;
    private final double[] weights;
    private final List<String> calibrationVariables;
    private final Map<List<String>, Integer> index;
    /** Made on first use, for the standard errors; shared by every estimate of this design. */
    private volatile Linearisation linearisation;

    public WeightedDesign(List<String> variables, List<WeightingCell> cells, double[] weights,
                          List<String> calibrationVariables) {
        this.variables = List.copyOf(variables);
        this.cells = List.copyOf(cells);
        this.weights = weights.clone();
        this.calibrationVariables = List.copyOf(calibrationVariables);
        if (this.weights.length != this.cells.size()) {
            throw new IllegalArgumentException(this.cells.size() + " cells but " + this.weights.length + " weights");
        }
        if (!this.variables.containsAll(this.calibrationVariables)) {
            throw new IllegalArgumentException("Calibration variables " + calibrationVariables
                    + " are not all among " + variables);
        }
        this.index = new HashMap<>();
        for (int c = 0; c < this.cells.size(); c++) {
            WeightingCell cell = this.cells.get(c);
            if (cell.categories().size() != this.variables.size()) {
                throw new IllegalArgumentException("Cell " + cell.categories() + " does not match " + variables);
            }
            if (!(this.weights[c] >= 0) || Double.isInfinite(this.weights[c])) {
                throw new IllegalArgumentException("Weight " + this.weights[c] + " for cell " + cell.categories());
            }
            for (String variable : this.calibrationVariables) {
                if (cell.categories().get(this.variables.indexOf(variable)) == null) {
                    throw new IllegalArgumentException("Cell " + cell.categories() + " has no category for calibration variable "
                            + variable);
                }
            }
            if (index.put(cell.categories(), c) != null) {
                throw new IllegalArgumentException("Cell " + cell.categories() + " appears twice; merge cells first");
            }
        }
    }

    /** Every respondent weighted 1, no calibration: unweighted estimates. */
    public static WeightedDesign unweighted(WeightingCells cells) {
        WeightingCells merged = cells.merged();
        double[] ones = new double[merged.cells().size()];
        Arrays.fill(ones, 1.0);
        return new WeightedDesign(merged.variables(), merged.cells(), ones, List.of());
    }

    public List<String> variables() {
        return variables;
    }

    public List<WeightingCell> cells() {
        return cells;
    }

    public int size() {
        return cells.size();
    }

    /** The weight of each respondent in cell {@code c}. */
    public double weight(int c) {
        return weights[c];
    }

    public double[] weights() {
        return weights.clone();
    }

    public long respondents(int c) {
        return cells.get(c).respondents();
    }

    /** The linearisation of this design (its calibration fit), made once. */
    Linearisation linearisation() {
        Linearisation made = linearisation;
        if (made == null) {
            made = new Linearisation(this);
            linearisation = made;
        }
        return made;
    }

    public List<String> calibrationVariables() {
        return calibrationVariables;
    }

    public boolean calibrated() {
        return !calibrationVariables.isEmpty();
    }

    /** The cell holding these categories, or -1. */
    public int indexOf(List<String> categories) {
        Integer c = index.get(categories);
        return c == null ? -1 : c;
    }

    /** The weight of a respondent with these weighting categories, or NaN when no such cell was weighted. */
    public double weightOf(List<String> categories) {
        int c = indexOf(categories);
        return c < 0 ? Double.NaN : weights[c];
    }

    public long respondents() {
        long total = 0;
        for (WeightingCell cell : cells) {
            total += cell.respondents();
        }
        return total;
    }

    /** The sum of all respondents' weights: the population the design represents. */
    public double total() {
        double total = 0;
        for (int c = 0; c < cells.size(); c++) {
            total += weights[c] * cells.get(c).respondents();
        }
        return total;
    }

    public WeightedDesign withWeights(double[] newWeights) {
        return new WeightedDesign(variables, cells, newWeights, calibrationVariables);
    }

    /** The same weights, with standard errors that treat them as fixed (no calibration). */
    public WeightedDesign withFixedWeights() {
        return new WeightedDesign(variables, cells, weights, List.of());
    }

    public WeightedDesign withCalibration(List<String> variablesRakedTo) {
        return new WeightedDesign(variables, cells, weights, variablesRakedTo);
    }

    @Override
    public String toString() {
        return "WeightedDesign" + variables + ": " + cells.size() + " cells, " + respondents() + " respondents"
                + (calibrated() ? ", calibrated to " + calibrationVariables : "");
    }
}
