package uk.gov.safervoices.admin.analysis.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProportionsTest {

    private static final List<String> X = List.of("x");

    private static WeightedDesign unweighted(long a, long b) {
        return WeightedDesign.unweighted(new WeightingCells(X, List.of(WeightingCell.of(a, "a"), WeightingCell.of(b, "b"))));
    }

    @Test
    void anUnweightedSampleGivesTheTextbookAnswer() {
        WeightedDesign design = unweighted(60, 40);
        List<AnswerCell> cells = List.of(new AnswerCell(List.of("a"), "Yes", 45), new AnswerCell(List.of("a"), "No", 15),
                new AnswerCell(List.of("b"), "Yes", 15), new AnswerCell(List.of("b"), "No", 25));
        ProportionTable table = Proportions.estimate(design, cells, List.of("Yes", "No"), EstimationOptions.defaults());
        Estimate yes = table.estimate("Yes").orElseThrow();
        assertEquals(0.6, yes.proportion(), 1e-15);
        assertEquals(Math.sqrt(0.6 * 0.4 / 99), yes.standardError(), 1e-15);
        assertEquals(yes.standardError(), yes.calibratedStandardError());
        assertEquals(1, yes.designEffect(), 1e-12);
        assertEquals(99, table.degreesOfFreedom());
        assertFalse(table.belowMinimumBase());
        assertTrue(yes.logit().contains(0.6) && yes.beta().contains(0.6));
    }

    @Test
    void blanksAreOutsideTheBaseButInsideTheDesign() {
        WeightedDesign design = unweighted(60, 40);
        List<AnswerCell> cells = List.of(new AnswerCell(List.of("a"), "Yes", 45), new AnswerCell(List.of("a"), null, 15),
                new AnswerCell(List.of("b"), "No", 30));
        ProportionTable table = Proportions.estimate(design, cells, List.of("Yes", "No"), EstimationOptions.defaults());
        assertEquals(100, table.respondents());
        assertEquals(75, table.base());
        assertEquals(0.6, table.estimate("Yes").orElseThrow().proportion(), 1e-15);
        assertEquals(99, table.degreesOfFreedom(), "respondents left out of the answer cells count as blanks");
    }

    @Test
    void aCategoryNobodyChoseHasNoLogitIntervalButAClopperPearsonOne() {
        WeightedDesign design = unweighted(20, 20);
        List<AnswerCell> cells = List.of(new AnswerCell(List.of("a"), "Yes", 20), new AnswerCell(List.of("b"), "Yes", 20));
        ProportionTable table = Proportions.estimate(design, cells, List.of("Yes", "No"), EstimationOptions.defaults());
        Estimate no = table.estimate("No").orElseThrow();
        assertEquals(0, no.proportion());
        assertEquals(0, no.standardError());
        assertFalse(no.logit().available());
        assertEquals(0, no.beta().lower());
        assertEquals(1 - Math.pow(0.025, 1 / 40.0), no.beta().upper(), 1e-12);
        Estimate yes = table.estimate("Yes").orElseThrow();
        assertEquals(Math.pow(0.025, 1 / 40.0), yes.beta().lower(), 1e-12);
        assertEquals(1, yes.beta().upper());
        assertFalse(table.belowMinimumBase());
        assertTrue(Proportions.estimate(design, cells, null, new EstimationOptions(0.95, 50)).belowMinimumBase());
    }

    @Test
    void aProportionOfARakingVariableIsKnownExactlyOnceCalibrated() {
        // raked to sex, the weighted share of women is the population's: no sampling error left
        List<Map<String, String>> respondents = RFixtures.respondents("2025");
        WeightedDesign raked = RakingAgainstRTest.rake("2025").design();
        List<AnswerCell> cells = RFixtures.answerCells(respondents, RFixtures.WEIGHTING, "sex", null);
        Estimate female = Proportions.estimate(raked, cells, List.of("Female", "Male"), EstimationOptions.defaults())
                .estimate("Female").orElseThrow();
        Margin sex = RFixtures.margins("2025").get(2);
        assertEquals(sex.population("Female").orElseThrow() / sex.total(), female.proportion(), 1e-12);
        assertTrue(female.standardError() > 0.01);
        assertTrue(female.calibratedStandardError() < 1e-9, "calibrated SE " + female.calibratedStandardError());
    }

    @Test
    void costDependsOnCellsNotRespondents() {
        // the 2025 sample with every cell a thousand times bigger: 1.5 million respondents, same cells
        List<Map<String, String>> respondents = RFixtures.respondents("2025");
        WeightingCells cells = RFixtures.weightingCells(respondents, RFixtures.WEIGHTING);
        WeightingCells scaled = new WeightingCells(cells.variables(), cells.cells().stream()
                .map(cell -> new WeightingCell(cell.categories(), cell.respondents() * 1000)).toList());
        List<AnswerCell> answers = RFixtures.answerCells(respondents, RFixtures.WEIGHTING, "q_safe_day", "ward");
        List<AnswerCell> scaledAnswers = answers.stream().map(cell -> new AnswerCell(cell.weightingCategories(),
                cell.answer(), cell.group(), cell.respondents() * 1000)).toList();
        RakingOptions options = RakingOptions.defaults().withMissingAnswers(RakingOptions.MissingAnswers.DROP);
        List<Margin> margins = RFixtures.margins("2025");

        long start = System.nanoTime();
        WeightedDesign big = Raking.rake(scaled, margins, options).design();
        Breakdown bigBreakdown = Proportions.breakdown(big, scaledAnswers, null, null, EstimationOptions.defaults());
        long millis = (System.nanoTime() - start) / 1_000_000;
        Breakdown small = Proportions.breakdown(Raking.rake(cells, margins, options).design(), answers, null, null,
                EstimationOptions.defaults());

        assertEquals(1_480_000, big.respondents());
        assertTrue(millis < 2000, millis + " ms");
        Estimate a = small.overall().estimates().get(0);
        Estimate b = bigBreakdown.overall().estimates().get(0);
        assertEquals(a.proportion(), b.proportion(), 1e-12);
        assertEquals(a.calibratedStandardError() / Math.sqrt(1000), b.calibratedStandardError(),
                1e-3 * b.calibratedStandardError());
        assertTrue(bigBreakdown.test().orElseThrow().raoScottP() < small.test().orElseThrow().raoScottP());
    }

    @Test
    void aBreakdownFlagsSmallGroupsAndTestsIndependence() {
        List<Map<String, String>> respondents = RFixtures.respondents("2025");
        WeightedDesign raked = RakingAgainstRTest.rake("2025").design();
        Breakdown breakdown = Proportions.breakdown(raked,
                RFixtures.answerCells(respondents, RFixtures.WEIGHTING, "q_safe_day", "ward"),
                ProportionsAgainstRTest.CATEGORIES.get("q_safe_day"), null, EstimationOptions.defaults());
        assertEquals(List.of("Abbey", "Brook", "Castle", "Dale", "Eastfield", "Fenwick"),
                breakdown.groups().stream().map(ProportionTable::group).toList());
        assertTrue(breakdown.group("Fenwick").orElseThrow().belowMinimumBase());
        assertFalse(breakdown.group("Castle").orElseThrow().belowMinimumBase());
        IndependenceTest test = breakdown.test().orElseThrow();
        assertEquals(6, test.groups().size());
        assertEquals(15, test.pearsonDegreesOfFreedom());
        assertTrue(test.significant(0.05));
        assertEquals(raked.respondents(), breakdown.overall().respondents());
    }

    @Test
    void aQuestionBrokenDownByItselfHasTablesButNoTest() {
        List<Map<String, String>> respondents = RFixtures.respondents("2025");
        WeightedDesign raked = RakingAgainstRTest.rake("2025").design();
        List<AnswerCell> byItself = RFixtures.answerCells(respondents, RFixtures.WEIGHTING, "ward", "ward");
        Breakdown breakdown = Proportions.breakdown(raked, byItself, null, null, EstimationOptions.defaults());
        assertTrue(breakdown.test().isEmpty(), "every group answers only its own category: nothing to test");
        assertEquals(1.0, breakdown.group("Abbey").orElseThrow().estimate("Abbey").orElseThrow().proportion(), 1e-12);

        List<AnswerCell> sexBySex = RFixtures.answerCells(respondents, RFixtures.WEIGHTING, "sex", "sex");
        assertTrue(Proportions.breakdown(raked, sexBySex, null, null, EstimationOptions.defaults()).test().isEmpty(),
                "two groups, each all of one category, fixed by the margins: no variance, no test");
    }

    @Test
    void noTestWithASingleGroup() {
        WeightedDesign design = unweighted(60, 40);
        List<AnswerCell> cells = List.of(new AnswerCell(List.of("a"), "Yes", "only", 45),
                new AnswerCell(List.of("b"), "No", "only", 40));
        Breakdown breakdown = Proportions.breakdown(design, cells, null, null, EstimationOptions.defaults());
        assertTrue(breakdown.test().isEmpty());
        assertEquals(1, breakdown.groups().size());
    }

    @Test
    void answerCellsThatDoNotFitTheDesignAreRefused() {
        WeightedDesign design = unweighted(60, 40);
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> Proportions.estimate(
                design, List.of(new AnswerCell(List.of("a"), "Yes", 61)), null, EstimationOptions.defaults()));
        assertEquals("The answer cells count 61 respondents in weighting cell [a], which has only 60", tooMany.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Proportions.estimate(design,
                List.of(new AnswerCell(List.of("c"), "Yes", 1)), null, EstimationOptions.defaults()));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Proportions.estimate(
                design, List.of(new AnswerCell(List.of("a"), "Maybe", 1)), List.of("Yes", "No"),
                EstimationOptions.defaults()));
        assertEquals("Answer 'Maybe' is not among [Yes, No]", unknown.getMessage());
    }

    @Test
    void respondentsDroppedFromWeightingAreLeftOutOfEstimates() {
        WeightedDesign design = unweighted(60, 40);
        List<AnswerCell> cells = new ArrayList<>(List.of(new AnswerCell(List.of("a"), "Yes", 60),
                new AnswerCell(List.of("b"), "No", 40)));
        cells.add(new AnswerCell(Arrays.asList((String) null), "No", 500));
        ProportionTable table = Proportions.estimate(design, cells, null, EstimationOptions.defaults());
        assertEquals(100, table.base());
        assertEquals(0.6, table.estimate("Yes").orElseThrow().proportion(), 1e-15);
    }
}
