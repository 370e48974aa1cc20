package uk.gov.safervoices.admin.analysis.concerns;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.WeightingException;
import uk.gov.safervoices.admin.analysis.core.WeightingProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Worked examples, edge cases and reproducibility (the agreement with R is in the *AgainstRTest classes). */
class ConcernRankingTest {

    private static final List<String> SEX = List.of("sex");
    private static final List<Margin> SEX_MARGIN = List.of(Margin.of("sex", Map.of("Female", 60, "Male", 40)));

    private static RankingUnit unit(String sex, long respondents, String... ranked) {
        return new RankingUnit(List.of(sex), Arrays.asList(ranked), respondents);
    }

    private static ConcernOptions options(int positions) {
        return ConcernOptions.defaults(positions).withReplicates(200);
    }

    @Test
    void customPointsWorkedByHand() {
        // Raking to 60 women and 40 men: each of 2 women weighs 30, each of 2 men 20.
        RankingSample sample = new RankingSample(SEX, List.of("a", "b", "c"), 2, List.of(
                unit("Female", 1, "a", "b"), unit("Female", 1, "b", null), unit("Male", 1, "a", null),
                unit("Male", 1, null, null)));
        ConcernAnalysis analysis = ConcernRanking.analyse(sample, SEX_MARGIN, options(2).withPoints(List.of(5.0, 1.0)));
        double rankers = 30 + 30 + 20;
        double pointsA = 30 * 5 + 20 * 5;
        double pointsB = 30 * 1 + 30 * 5;
        ConcernScore a = analysis.score("a").orElseThrow();
        ConcernScore b = analysis.score("b").orElseThrow();
        assertEquals(3, analysis.rankers());
        assertEquals(rankers, analysis.weightedRankers(), 1e-9);
        assertEquals(pointsA, a.bordaTotal().value(), 1e-9);
        assertEquals(pointsA / rankers, a.bordaMean().value(), 1e-12);
        assertEquals(pointsB / rankers, b.bordaMean().value(), 1e-12);
        assertEquals(pointsA / (pointsA + pointsB), a.bordaShare().value(), 1e-12);
        assertEquals((30 + 20) / rankers, a.mentionShare().value(), 1e-12);
        assertEquals((30 + 30) / rankers, b.mentionShare().value(), 1e-12);
        assertEquals(2, a.mentions());
        assertEquals(1, b.firstChoices());
        assertEquals(1, a.rankByBorda());
        assertEquals(2, b.rankByBorda());
        assertEquals(1, b.rankByMention());
        assertTrue(analysis.belowMinimumBase());
    }

    @Test
    void aConcernNobodyRankedIsJointLastWithNothingToEstimate() {
        ConcernAnalysis analysis = ConcernRanking.analyse(spreadSample(List.of("a", "b", "c", "unranked")),
                SEX_MARGIN, options(1));
        ConcernScore unranked = analysis.score("unranked").orElseThrow();
        assertEquals(0, unranked.mentions());
        assertEquals(0, unranked.bordaTotal().value());
        assertEquals(0, unranked.bordaTotal().calibratedStandardError());
        assertEquals(0, unranked.mentionShare().value());
        assertFalse(unranked.mentionShare().interval().available(), "no logit interval at 0");
        assertEquals(4, unranked.rankByBorda());
        RankUncertainty byBorda = analysis.byBorda().orElseThrow();
        ConcernRank last = byBorda.ranks().get(3);
        assertEquals("unranked", last.concern());
        assertEquals(0, last.probabilityTopK());
        assertEquals(4, last.rankLower());
        assertEquals(4, last.rankUpper());
        assertEquals(3, byBorda.ranks().stream().mapToDouble(ConcernRank::probabilityTopK).sum(), 1e-9,
                "the top-3 probabilities add up to 3");
    }

    @Test
    void allTiedConcernsShareTheFirstRankAndTheTopKEvenly() {
        ConcernAnalysis analysis = ConcernRanking.analyse(spreadSample(List.of("a", "b", "c")), SEX_MARGIN,
                options(1).withTopK(1));
        for (ConcernScore score : analysis.scores()) {
            assertEquals(1, score.rankByBorda(), score.concern());
            assertEquals(analysis.scores().get(0).bordaMean().value(), score.bordaMean().value(), score.concern());
        }
        RankUncertainty byMention = analysis.byMention().orElseThrow();
        assertEquals(List.of("a", "b", "c"), byMention.ranks().stream().map(ConcernRank::concern).toList(),
                "tied concerns in catalogue order");
        assertEquals(1, byMention.ranks().stream().mapToDouble(ConcernRank::probabilityTopK).sum(), 1e-9);
    }

    @Test
    void tiesWithinEveryReplicateSplitTheTopPlacesAndWidenTheRankInterval() {
        List<double[]> replicates = List.of(new double[]{1, 1, 1, 0}, new double[]{2, 2, 2, 0});
        RankUncertainty uncertainty = RankSummaries.summarise(RankingMeasure.BORDA_MEAN, List.of("a", "b", "c", "d"),
                new double[]{1, 1, 1, 0}, replicates, 2, 0.95);
        for (int position = 0; position < 3; position++) {
            ConcernRank rank = uncertainty.ranks().get(position);
            assertEquals(1, rank.rank());
            assertEquals(2.0 / 3, rank.probabilityTopK(), 1e-12);
            assertEquals(1, rank.rankLower());
            assertEquals(3, rank.rankUpper());
        }
        AdjacentComparison first = uncertainty.adjacent().get(0);
        assertEquals(0, first.probabilityAhead());
        assertEquals(1, first.probabilityTied());
        assertEquals(1, uncertainty.adjacent().get(2).probabilityAhead());
    }

    @Test
    void percentilesAreTheInverseOfTheEmpiricalDistribution() {
        int[] ranks = new int[500];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = 1 + i / 100; // 100 each of ranks 1 to 5
        }
        assertEquals(1, RankSummaries.percentile(ranks, 0.025));
        assertEquals(5, RankSummaries.percentile(ranks, 0.975));
        assertEquals(2, RankSummaries.percentile(ranks, 0.2 + 1e-6));
        assertEquals(1, RankSummaries.percentile(ranks, 0.2), "exactly 20% at or below 1");
    }

    @Test
    void aSingleRespondentGivesEstimatesWithoutStandardErrors() {
        RankingSample sample = new RankingSample(SEX, List.of("a", "b"), 2, List.of(unit("Female", 1, "b", "a")));
        ConcernAnalysis analysis = ConcernRanking.analyse(sample, List.of(Margin.of("sex", Map.of("Female", 100))),
                options(2));
        ConcernScore b = analysis.score("b").orElseThrow();
        assertEquals(2, b.bordaMean().value());
        assertEquals(1, b.mentionShare().value());
        assertTrue(Double.isNaN(b.bordaMean().calibratedStandardError()));
        assertFalse(b.bordaMean().interval().available());
        assertEquals(1, b.rankByBorda());
        BootstrapSummary bootstrap = analysis.bootstrap();
        assertTrue(bootstrap.failed() > 0 && bootstrap.used() > 0, "replicates that drew nobody are left out");
        assertFalse(bootstrap.failures().isEmpty());
        assertEquals(1, analysis.byBorda().orElseThrow().ranks().get(0).probabilityTopK());
    }

    @Test
    void nobodyRankingAnythingLeavesNothingToOrder() {
        RankingSample sample = new RankingSample(SEX, List.of("a", "b"), 1, List.of(unit("Female", 3, (String) null),
                unit("Male", 2, (String) null)));
        ConcernAnalysis analysis = ConcernRanking.analyse(sample, SEX_MARGIN, options(1));
        assertEquals(0, analysis.rankers());
        assertTrue(Double.isNaN(analysis.score("a").orElseThrow().bordaMean().value()));
        assertTrue(analysis.byBorda().isEmpty());
        assertEquals(0, analysis.bootstrap().requested());
    }

    @Test
    void anEmptySampleIsRefusedByTheWeighting() {
        RankingSample sample = new RankingSample(SEX, List.of("a"), 1, List.of());
        WeightingException refused = assertThrows(WeightingException.class,
                () -> ConcernRanking.analyse(sample, SEX_MARGIN, options(1)));
        assertTrue(refused.has(WeightingProblem.Code.NO_RESPONDENTS), refused.getMessage());
    }

    @Test
    void marginsTheSampleCannotMeetAreRefusedWithTheCoresErrors() {
        RankingSample women = new RankingSample(SEX, List.of("a"), 1, List.of(unit("Female", 4, "a")));
        WeightingException empty = assertThrows(WeightingException.class,
                () -> ConcernRanking.analyse(women, SEX_MARGIN, options(1)));
        assertTrue(empty.has(WeightingProblem.Code.EMPTY_MARGIN_CATEGORY), empty.getMessage());

        ConcernOptions oneSweep = options(3).withRaking(options(3).raking().withMaxIterations(1));
        WeightingException notConverged = assertThrows(WeightingException.class,
                () -> ConcernRanking.analyse(ConcernFixtures.sample(), ConcernFixtures.margins(), oneSweep));
        assertTrue(notConverged.has(WeightingProblem.Code.NOT_CONVERGED), notConverged.getMessage());
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> unit("Female", 1, "a", "a"));
        assertThrows(IllegalArgumentException.class,
                () -> new RankingSample(SEX, List.of("a"), 1, List.of(unit("Female", 1, "z"))));
        assertThrows(IllegalArgumentException.class, () -> new RankingSample(SEX, List.of(), 1, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new RankingSample(SEX, List.of("a", "b"), 2, List.of(unit("Female", 1, "a"))));
        RankingSample sample = spreadSample(List.of("a", "b", "c"));
        assertThrows(IllegalArgumentException.class,
                () -> ConcernRanking.analyse(sample, SEX_MARGIN, options(1).withPoints(List.of(2.0, 1.0))));
        assertThrows(IllegalArgumentException.class, () -> options(1).withReplicates(1));
        assertThrows(IllegalArgumentException.class, () -> options(1).withPoints(List.of(-1.0)));
    }

    @Test
    void theSameSeedGivesTheSameResultsAndAnotherSeedOtherReplicates() {
        RankingSample sample = ConcernFixtures.sample();
        List<Margin> margins = ConcernFixtures.margins();
        ConcernOptions options = ConcernOptions.defaults(3).withReplicates(200).withSeed(42);
        ConcernAnalysis first = ConcernRanking.analyse(sample, margins, options);
        ConcernAnalysis again = ConcernRanking.analyse(sample, margins, options);
        assertEquals(first.byBorda(), again.byBorda());
        assertEquals(first.byMention(), again.byMention());
        assertEquals(first.scores(), again.scores());
        ConcernAnalysis other = ConcernRanking.analyse(sample, margins, options.withSeed(43));
        assertEquals(first.scores(), other.scores(), "the scores do not depend on the seed");
        assertNotEquals(first.byBorda(), other.byBorda(), "the replicates do");
    }

    @Test
    void unitsInAnyOrderOrSplitGiveTheSameScoresAndReplicates() {
        RankingSample sample = ConcernFixtures.sample();
        List<RankingUnit> shuffled = new ArrayList<>();
        for (RankingUnit unit : sample.units()) {
            if (unit.respondents() > 1) {
                shuffled.add(new RankingUnit(unit.weightingCategories(), unit.ranked(), 1));
                shuffled.add(0, new RankingUnit(unit.weightingCategories(), unit.ranked(), unit.respondents() - 1));
            } else {
                shuffled.add(0, unit);
            }
        }
        RankingSample reordered = new RankingSample(sample.weightingVariables(), sample.concerns(), 3, shuffled);
        ConcernOptions options = ConcernOptions.defaults(3).withReplicates(100);
        ConcernAnalysis expected = ConcernRanking.analyse(sample, ConcernFixtures.margins(), options);
        ConcernAnalysis actual = ConcernRanking.analyse(reordered, ConcernFixtures.margins(), options);
        for (int j = 0; j < expected.scores().size(); j++) {
            ScoreEstimate want = expected.scores().get(j).bordaMean();
            ScoreEstimate got = actual.scores().get(j).bordaMean();
            assertEquals(want.value(), got.value(), 1e-12 * want.value());
            assertEquals(want.calibratedStandardError(), got.calibratedStandardError(),
                    1e-9 * want.calibratedStandardError());
        }
        assertEquals(expected.byBorda(), actual.byBorda(), "units are put in one order before the draws");
        assertEquals(expected.byMention(), actual.byMention());
    }

    /** Women and men each give every concern one first choice, 5 respondents each: every concern ties. */
    private static RankingSample spreadSample(List<String> concerns) {
        List<RankingUnit> units = new ArrayList<>();
        for (String sex : List.of("Female", "Male")) {
            for (String concern : List.of("a", "b", "c")) {
                units.add(unit(sex, 5, concern));
            }
        }
        return new RankingSample(SEX, concerns, 1, units);
    }
}
