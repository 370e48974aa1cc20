package uk.gov.safervoices.admin.analysis.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every input that cannot be weighted gives a clear error naming the variable and category, never nonsense. */
class RakingProblemsTest {

    private static final List<String> VARIABLES = List.of("ward", "sex");

    private static Margin ward(double abbey, double brook, double castle) {
        Map<String, Double> populations = new LinkedHashMap<>();
        populations.put("Abbey", abbey);
        populations.put("Brook", brook);
        populations.put("Castle", castle);
        return Margin.of("ward", populations);
    }

    private static Margin sex(double female, double male) {
        Map<String, Double> populations = new LinkedHashMap<>();
        populations.put("Female", female);
        populations.put("Male", male);
        return Margin.of("sex", populations);
    }

    private static WeightingCells cells(WeightingCell... cells) {
        return new WeightingCells(VARIABLES, List.of(cells));
    }

    private static WeightingCells sample() {
        return cells(WeightingCell.of(30, "Abbey", "Female"), WeightingCell.of(20, "Abbey", "Male"),
                WeightingCell.of(25, "Brook", "Female"), WeightingCell.of(10, "Brook", "Male"),
                WeightingCell.of(40, "Castle", "Female"), WeightingCell.of(15, "Castle", "Male"));
    }

    private static WeightingProblem onlyProblem(WeightingCells cells, List<Margin> margins, RakingOptions options) {
        WeightingException error = assertThrows(WeightingException.class, () -> Raking.rake(cells, margins, options));
        assertEquals(1, error.problems().size(), error.getMessage());
        return error.problems().get(0);
    }

    @Test
    void aSmallSampleRakesToItsMargins() {
        RakingResult result = Raking.rake(sample(), List.of(ward(400, 300, 300), sex(520, 480)), RakingOptions.defaults());
        assertTrue(result.converged());
        assertTrue(result.maxMarginError() < 1e-7);
        assertEquals(1000, result.design().total(), 1e-7);
        assertTrue(result.notes().isEmpty());
        assertEquals(0, result.droppedRespondents());
    }

    @Test
    void aMarginCategoryWithNoRespondentsIsNamedWithCollapsingOffered() {
        WeightingCells noCastle = cells(WeightingCell.of(30, "Abbey", "Female"), WeightingCell.of(20, "Abbey", "Male"),
                WeightingCell.of(25, "Brook", "Female"), WeightingCell.of(10, "Brook", "Male"));
        List<Margin> margins = List.of(ward(400, 300, 300), sex(520, 480));
        WeightingProblem problem = onlyProblem(noCastle, margins, RakingOptions.defaults());
        assertEquals(WeightingProblem.Code.EMPTY_MARGIN_CATEGORY, problem.code());
        assertEquals("ward", problem.variable());
        assertEquals("Castle", problem.category());
        assertEquals("No respondents are in category 'Castle' of 'ward' (population 300), so no one can carry its "
                + "weight. Collapse it with another category of 'ward' (for example 'Brook') in both the margins and "
                + "the responses, and weight again.", problem.message());

        CategoryCollapse collapse = new CategoryCollapse("ward", Set.of("Brook", "Castle"), "Brook and Castle");
        List<Margin> collapsed = margins.stream().map(margin -> margin.collapsed(collapse)).toList();
        assertEquals(List.of(new MarginCategory("Abbey", 400), new MarginCategory("Brook and Castle", 600)),
                collapsed.get(0).categories());
        RakingResult result = Raking.rake(noCastle.collapsed(collapse), collapsed, RakingOptions.defaults());
        assertTrue(result.converged());
        assertEquals(600, result.design().weightOf(List.of("Brook and Castle", "Female")) * 25
                + result.design().weightOf(List.of("Brook and Castle", "Male")) * 10, 1e-6);
    }

    @Test
    void aRespondentCategoryTheMarginsDoNotListIsNamed() {
        List<WeightingCell> withOther = new ArrayList<>(sample().cells());
        withOther.add(WeightingCell.of(3, "Brook", "Other"));
        WeightingProblem problem = onlyProblem(new WeightingCells(VARIABLES, withOther),
                List.of(ward(400, 300, 300), sex(520, 480)), RakingOptions.defaults());
        assertEquals(WeightingProblem.Code.CATEGORY_NOT_IN_MARGIN, problem.code());
        assertEquals("sex", problem.variable());
        assertEquals("Other", problem.category());
        assertEquals("3 respondents are in category 'Other' of 'sex', which the margins for 'sex' do not list (they "
                + "list Female, Male). Add its population to the margins, or recode these respondents to a listed "
                + "category.", problem.message());
    }

    @Test
    void blankWeightingAnswersAreCountedAndRefusedByDefault() {
        List<WeightingCell> withBlanks = new ArrayList<>(sample().cells());
        withBlanks.add(WeightingCell.of(4, "Brook", null));
        withBlanks.add(WeightingCell.of(2, null, "Male"));
        withBlanks.add(WeightingCell.of(1, null, null));
        WeightingProblem problem = onlyProblem(new WeightingCells(VARIABLES, withBlanks),
                List.of(ward(400, 300, 300), sex(520, 480)), RakingOptions.defaults());
        assertEquals(WeightingProblem.Code.MISSING_WEIGHTING_ANSWERS, problem.code());
        assertEquals("7 respondents left one or more weighting variables blank (ward: 3, sex: 5). Weighting needs "
                + "every weighting answer: fill them in, or choose to drop these respondents (they will be "
                + "reported).", problem.message());
    }

    @Test
    void blankWeightingAnswersCanBeDroppedAndAreReported() {
        List<WeightingCell> withBlanks = new ArrayList<>(sample().cells());
        withBlanks.add(WeightingCell.of(4, "Brook", null));
        RakingResult result = Raking.rake(new WeightingCells(VARIABLES, withBlanks),
                List.of(ward(400, 300, 300), sex(520, 480)),
                RakingOptions.defaults().withMissingAnswers(RakingOptions.MissingAnswers.DROP));
        assertTrue(result.converged());
        assertEquals(4, result.droppedRespondents());
        assertEquals(List.of("4 respondents left one or more weighting variables blank (sex: 4) and were left out of "
                + "the weighting and of every weighted estimate."), result.notes());
        assertEquals(140, result.design().respondents());
        assertTrue(Double.isNaN(result.design().weightOf(java.util.Arrays.asList("Brook", null))));
    }

    @Test
    void marginsThatDisagreeOnTheTotalAreRefused() {
        WeightingProblem problem = onlyProblem(sample(), List.of(ward(400, 300, 300), sex(520, 490)),
                RakingOptions.defaults());
        assertEquals(WeightingProblem.Code.MARGIN_TOTALS_DIFFER, problem.code());
        assertEquals("sex", problem.variable());
        assertEquals("The margins disagree on the population: 'ward' adds up to 1,000 but 'sex' to 1,010 (10 more). "
                + "No weights can meet both. Correct the margins, or ask for every margin to be rescaled to the total "
                + "of 'ward'.", problem.message());
    }

    @Test
    void marginsThatDisagreeAreRescaledOnlyWhenAskedAndItIsSaid() {
        RakingResult result = Raking.rake(sample(), List.of(ward(400, 300, 300), sex(520, 490)),
                RakingOptions.defaults().withMarginTotals(RakingOptions.MarginTotals.RESCALE_TO_FIRST));
        assertTrue(result.converged());
        assertEquals(List.of("The margins for 'sex' added up to 1,010, not 1,000 as for 'ward': they were scaled by "
                + "0.990099 to match, as asked."), result.notes());
        assertEquals(520 * 1000 / 1010.0, result.targets().get(1).population("Female").orElseThrow(), 1e-9);
        AchievedMargin female = result.margins().stream().filter(m -> m.category().equals("Female")).findFirst()
                .orElseThrow();
        assertEquals(520 * 1000 / 1010.0, female.achieved(), 1e-6);
    }

    @Test
    void aStructureThatCannotMeetTheMarginsSaysWhichMarginIsMissedAndByHowMuch() {
        // ward and sex always go together in this sample, so Abbey (600) cannot also be all the women (500)
        WeightingCells confounded = new WeightingCells(VARIABLES, List.of(WeightingCell.of(50, "Abbey", "Female"),
                WeightingCell.of(50, "Brook", "Male")));
        Margin ward = Margin.of("ward", new LinkedHashMap<>(Map.of("Abbey", 600.0, "Brook", 400.0)));
        RakingResult result = Raking.rake(confounded, List.of(ward, sex(500, 500)),
                RakingOptions.defaults().withMaxIterations(50));
        assertFalse(result.converged());
        assertEquals(50, result.iterations());
        AchievedMargin worst = result.worstMargin();
        assertEquals("ward", worst.variable());
        assertEquals(100, Math.abs(worst.error()), 1e-9);
        WeightingProblem problem = result.problem().orElseThrow();
        assertEquals(WeightingProblem.Code.NOT_CONVERGED, problem.code());
        assertTrue(problem.message().startsWith("Raking did not meet the margins after 50 iterations: 'ward' category '"
                + worst.category() + "' reached 500 against a target of " + (worst.category().equals("Abbey") ? "600 "
                + "(short by 100 people, 17%)" : "400 (over by 100 people, 25%)")), problem.message());
        WeightingException error = assertThrows(WeightingException.class, result::requireConverged);
        assertTrue(error.has(WeightingProblem.Code.NOT_CONVERGED));
    }

    @Test
    void tooFewIterationsIsNotConvergedEvenWhenCloseAndTheMarginsSaySo() {
        RakingResult result = Raking.rake(sample(), List.of(ward(400, 300, 300), sex(520, 480)),
                RakingOptions.defaults().withMaxIterations(1));
        assertFalse(result.converged());
        assertEquals(1, result.iterations());
        assertTrue(result.maxMarginError() > 1e-3);
        assertEquals("ward", result.worstMargin().variable(), "sex, raked last, is met exactly");
    }

    @Test
    void brokenMarginsAreAllReportedAtOnce() {
        Margin wards = new Margin("ward", List.of(new MarginCategory("Abbey", 400), new MarginCategory("Abbey", 300),
                new MarginCategory("Castle", -1)));
        Margin unknown = Margin.of("tenure", Map.of("Owner", 10));
        WeightingException error = assertThrows(WeightingException.class,
                () -> Raking.rake(sample(), List.of(wards, unknown), RakingOptions.defaults()));
        assertEquals(List.of(WeightingProblem.Code.DUPLICATE_CATEGORY, WeightingProblem.Code.INVALID_POPULATION,
                        WeightingProblem.Code.UNKNOWN_VARIABLE, WeightingProblem.Code.NO_MARGIN),
                error.problems().stream().map(WeightingProblem::code).toList());
        assertEquals("No population margin was given for the weighting variable 'sex'; add its margin or leave it out "
                + "of the weighting cells.", error.problems().get(3).message());
    }

    @Test
    void respondentsInACategoryWithNoPopulationAreNamed() {
        WeightingProblem problem = onlyProblem(sample(), List.of(ward(500, 500, 0), sex(520, 480)),
                RakingOptions.defaults());
        assertEquals(WeightingProblem.Code.ZERO_POPULATION, problem.code());
        assertEquals("Castle", problem.category());
        assertTrue(problem.message().startsWith("55 respondents are in category 'Castle' of 'ward', whose population"));
    }

    @Test
    void everyProblemOfTheCellsIsReportedTogether() {
        List<WeightingCell> cells = new ArrayList<>(sample().cells().subList(0, 4));
        cells.add(WeightingCell.of(2, "Dale", "Female"));
        cells.add(WeightingCell.of(1, null, "Male"));
        WeightingException error = assertThrows(WeightingException.class, () -> Raking.rake(
                new WeightingCells(VARIABLES, cells), List.of(ward(400, 300, 300), sex(520, 490)),
                RakingOptions.defaults()));
        assertEquals(List.of(WeightingProblem.Code.MISSING_WEIGHTING_ANSWERS, WeightingProblem.Code.CATEGORY_NOT_IN_MARGIN,
                WeightingProblem.Code.EMPTY_MARGIN_CATEGORY, WeightingProblem.Code.MARGIN_TOTALS_DIFFER),
                error.problems().stream().map(WeightingProblem::code).toList());
    }

    @Test
    void optionsRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> RakingOptions.defaults().withTolerance(0));
        assertThrows(IllegalArgumentException.class, () -> RakingOptions.defaults().withTolerance(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> RakingOptions.defaults().withMaxIterations(0));
    }
}
