package uk.gov.safervoices.admin.priority.matrix;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriorityMatrixTest {
    static final List<String> CONCERNS = List.of("drug_dealing", "asb", "burglary");
    /** Volume: drug dealing highest; harm: burglary highest; asb in the middle of both. */
    static final Map<String, Map<String, Double>> VALUES = Map.of(
            "volume", Map.of("drug_dealing", 100.0, "asb", 50.0, "burglary", 0.0),
            "harm", Map.of("drug_dealing", 0.0, "asb", 10.0, "burglary", 20.0));

    static List<Criterion> weights(double volume, double harm) {
        return List.of(new Criterion("volume", "Recorded volume", volume, true),
                new Criterion("harm", "Harm", harm, true));
    }

    @Test
    void valuesAreScaledFromTheLeastToTheMostPressingConcern() {
        assertArrayEquals(new double[]{0, 0.5, 1}, PriorityMatrix.scale(new double[]{10, 20, 30}, true), 1e-12);
        assertArrayEquals(new double[]{1, 0.5, 0}, PriorityMatrix.scale(new double[]{10, 20, 30}, false), 1e-12);
        assertArrayEquals(new double[]{0.5, 0.5}, PriorityMatrix.scale(new double[]{7, 7}, true), 1e-12);
        double[] withGap = PriorityMatrix.scale(new double[]{10, Double.NaN, 30}, true);
        assertEquals(0, withGap[0]);
        assertTrue(Double.isNaN(withGap[1]));
        assertEquals(1, withGap[2]);
    }

    @Test
    void theCompositeIsTheWeightedMeanOfScaledValuesWorkedByHand() {
        PriorityMatrix.Result result = PriorityMatrix.compute(CONCERNS, weights(3, 1), VALUES, MatrixOptions.DEFAULTS);

        // drug (3 x 1 + 1 x 0) / 4, asb (3 x 0.5 + 1 x 0.5) / 4, burglary (3 x 0 + 1 x 1) / 4
        assertEquals(List.of("drug_dealing", "asb", "burglary"), result.rows().stream().map(PriorityRow::concern).toList());
        assertEquals(List.of(0.75, 0.5, 0.25), result.rows().stream().map(PriorityRow::composite).toList());
        assertEquals(List.of(1, 2, 3), result.rows().stream().map(PriorityRow::rank).toList());
        assertEquals(Map.of("volume", 1.0, "harm", 0.0), result.rows().get(0).normalised());
        assertTrue(result.rows().stream().allMatch(r -> r.sensitivity().stableOneAtATime()),
                "halving or doubling either weight keeps 3:1 ahead of 1:1 ... the order holds");
    }

    @Test
    void oneWeightHalvedCanReverseACloseOrderAndTheRowSaysSo() {
        PriorityMatrix.Result result = PriorityMatrix.compute(CONCERNS, weights(1.2, 1), VALUES, MatrixOptions.DEFAULTS);

        PriorityRow drug = result.rows().get(0);
        assertEquals("drug_dealing", drug.concern());
        assertEquals(1.2 / 2.2, drug.composite(), 1e-12);
        // volume halved to 0.6: drug 0.6 / 1.6 = 0.375 falls to third, burglary 1 / 1.6 = 0.625 rises to first
        assertEquals(1, drug.sensitivity().highestRankOneAtATime());
        assertEquals(3, drug.sensitivity().lowestRankOneAtATime());
        assertEquals(2, result.rows().get(1).sensitivity().lowestRankOneAtATime(), "asb is 0.5 whatever the weights");
    }

    @Test
    void randomWeightingsKeepTheRankAsOftenAsTheDirichletSays() {
        MatrixOptions options = new MatrixOptions(4000, 20, 7);
        PriorityMatrix.Result result = PriorityMatrix.compute(CONCERNS, weights(3, 1), VALUES, options);

        // Drug dealing stays first unless harm's random weight exceeds volume's: share ~ Beta(15, 5) below 1/2.
        double flips = new BetaDistribution(15, 5).cumulativeProbability(0.5);
        PriorityRow drug = result.rows().get(0);
        assertEquals(1 - flips, drug.sensitivity().sameRankShare(), 0.006);
        assertEquals(1, drug.sensitivity().rankLower());
        assertEquals(result, PriorityMatrix.compute(CONCERNS, weights(3, 1), VALUES, options), "same seed, same figures");
    }

    @Test
    void aConcernWithoutAValueIsScoredOnTheOthersAndMarked() {
        Map<String, Map<String, Double>> gap = Map.of(
                "volume", Map.of("drug_dealing", 100.0, "asb", 50.0, "burglary", 0.0),
                "harm", Map.of("drug_dealing", 0.0, "burglary", 20.0));
        PriorityMatrix.Result result = PriorityMatrix.compute(CONCERNS, weights(3, 1), gap, MatrixOptions.DEFAULTS);

        PriorityRow asb = result.rows().stream().filter(r -> r.concern().equals("asb")).findFirst().orElseThrow();
        assertEquals(List.of("harm"), asb.missing());
        assertEquals(0.5, asb.composite(), 1e-12, "volume alone");
    }

    @Test
    void withoutAnyWeightThereIsNoMatrix() {
        assertThrows(IllegalArgumentException.class,
                () -> PriorityMatrix.compute(CONCERNS, weights(0, 0), VALUES, MatrixOptions.DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> new Criterion("volume", "Volume", -1, true));
    }

    @Test
    void theRiskGridBandsScaledValuesInQuarters() {
        assertEquals(List.of(1, 1, 2, 3, 4, 4, 0), java.util.stream.DoubleStream.of(0, 0.24, 0.25, 0.74, 0.75, 1,
                Double.NaN).mapToObj(RiskGrid::band).toList());
        assertEquals(16, RiskGrid.score(4, 4));
    }
}
