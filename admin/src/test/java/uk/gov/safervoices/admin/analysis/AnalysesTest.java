package uk.gov.safervoices.admin.analysis;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.analysis.core.AnswerCell;
import uk.gov.safervoices.admin.analysis.core.Breakdown;
import uk.gov.safervoices.admin.analysis.core.CategoryCollapse;
import uk.gov.safervoices.admin.analysis.core.EstimationOptions;
import uk.gov.safervoices.admin.analysis.core.Estimate;
import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.ProportionTable;
import uk.gov.safervoices.admin.analysis.core.Proportions;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.analysis.core.Raking;
import uk.gov.safervoices.admin.analysis.core.WeightedDesign;
import uk.gov.safervoices.admin.analysis.core.WeightingCell;
import uk.gov.safervoices.admin.analysis.core.WeightingCells;
import uk.gov.safervoices.admin.analysis.core.WeightingProblem;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStatuses;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.admin.weighting.MarginCsv;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import uk.gov.safervoices.definitions.model.Question;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import uk.gov.safervoices.admin.analysis.concerns.ConcernAnalysis;
import uk.gov.safervoices.admin.analysis.concerns.ConcernOptions;
import uk.gov.safervoices.admin.analysis.concerns.ConcernRanking;
import uk.gov.safervoices.admin.analysis.concerns.ConcernScore;
import uk.gov.safervoices.admin.analysis.concerns.RankingSample;
import uk.gov.safervoices.admin.analysis.concerns.RankingUnit;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Analysis of stored responses: SQL counts cells (weighting answers mapped to categories, blanks kept outside the
 * base, equality answers read in aggregate), and the results equal those of the analysis core on the same
 * residents counted by hand. Results are cached until responses, margins or schemes change.
 */
@MicronautTest(transactional = false)
class AnalysesTest {
    static final String MARGINS = WeightedSurvey.MARGINS;

    @Inject Analyses analyses;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;
    @Inject ResponseStore store;
    @Inject ResponseStatuses statuses;
    @Inject ConcernResults concernResults;
    @Inject uk.gov.safervoices.admin.DatabaseRows rows;

    Consultation consultation;
    QuestionnaireVersion version;
    List<WeightedSurvey.Resident> residents;
    List<Long> responseIds = new ArrayList<>();
    MarginSet margins;
    WeightingScheme scheme;

    @BeforeEach
    void setUp() {
        String key = WeightedSurvey.uniqueKey();
        version = questionnaires.publish(WeightedSurvey.definition(key), key + ".yaml");
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Weighted", "Weighting stored responses", null, null, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(9)), List.of(version.questionnaireId())));
        residents = WeightedSurvey.residents(400, 20261130L);
        for (WeightedSurvey.Resident resident : residents) {
            responseIds.add(submit(resident));
        }
        margins = marginSets.create("analyst", new MarginSets.Description(TestQuestionnaires.uniqueKey("m"),
                "Example Borough", "Synthetic"), MarginCsv.read(MARGINS).margins());
        scheme = schemes.create("analyst", settings(List.of("ward", "age_band", "sex"), RakingOptions.MissingAnswers.DROP,
                List.of()));
    }

    private WeightingSchemes.Settings settings(List<String> variables, RakingOptions.MissingAnswers missing,
                                               List<CategoryCollapse> collapses) {
        return new WeightingSchemes.Settings(TestQuestionnaires.uniqueKey("s"), margins.id(), variables, missing, false,
                null, null, 30, collapses);
    }

    private long submit(WeightedSurvey.Resident resident) {
        SubmissionOutcome outcome = store.submit(new Submission(consultation, version, Channel.PAPER, null,
                resident.raw()));
        assertTrue(outcome instanceof SubmissionOutcome.Accepted, () -> outcome + " for " + resident.raw());
        return ((SubmissionOutcome.Accepted) outcome).responseId();
    }

    @Test
    void storedResponsesGiveTheSameResultsAsTheCoreOnTheSameResidentsCountedByHand() {
        assertSameResultsAsCountedByHand();
    }

    /** Responses stored before coded lines existed (V11), or whose lines start-up cleared, are coded when read. */
    @Test
    void responsesWithoutCodedLinesAreCodedFromTheirAnswerRowsWhenFirstAnalysed() {
        List<Long> uncoded = responseIds.subList(0, 250);
        String ids = uncoded.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        rows.update("DELETE FROM response_coded_answers WHERE response_id IN (" + ids + ")");
        rows.update("DELETE FROM response_equality_coded_answers WHERE response_id IN (" + ids + ")");

        assertSameResultsAsCountedByHand();

        assertEquals(uncoded.size(), rows.count("SELECT COUNT(*) FROM response_coded_answers c"
                + " JOIN response_equality_coded_answers e ON e.response_id = c.response_id"
                + " WHERE c.response_id IN (" + ids + ")"), "both lines written again for every uncoded response");
    }

    private void assertSameResultsAsCountedByHand() {
        AnalysisResult result = analyses.results(consultation.id(), version, scheme, "sex");
        assertTrue(result.weighted(), () -> result.problems().toString());
        assertEquals(400, result.respondents());

        WeightedDesign expected = expectedDesign();
        assertEquals(expected.respondents(), result.design().respondents(), "respondents without blanks");
        assertEquals(residents.stream().filter(r -> r.ward() == null || r.ageBand() == null).count(),
                result.raking().droppedRespondents(), "dropped for a blank ward or age");
        for (int c = 0; c < expected.size(); c++) {
            List<String> categories = expected.cells().get(c).categories();
            assertEquals(expected.weight(c), result.design().weightOf(categories), 1e-9 * expected.weight(c),
                    "weight of " + categories);
        }

        compare(result, "safe_after_dark", WeightedSurvey.SAFETY, r -> r.safeAfterDark() == null ? List.of()
                : List.of(r.safeAfterDark()), expected);
        compare(result, "day/high_street", WeightedSurvey.SAFETY, r -> r.highStreet() == null ? List.of()
                : List.of(r.highStreet()), expected);
        compare(result, "places/park", List.of("chosen", "not_chosen"), r -> r.places().isEmpty() ? List.of()
                : List.of(r.places().contains("park") ? "chosen" : "not_chosen"), expected);
        compare(result, "top#first", List.of("burglary", "asb", "speeding"), r -> r.top().isEmpty() ? List.of()
                : List.of(r.top().get(0)), expected);
        compare(result, "top#ranked/burglary", List.of("chosen", "not_chosen"), r -> r.top().isEmpty() ? List.of()
                : List.of(r.top().contains("burglary") ? "chosen" : "not_chosen"), expected);
        compare(result, "sex", List.of("female", "male", "prefer_not_to_say"), r -> List.of(r.sex()), expected);
    }

    /** Ranked concerns from stored responses equal the engine's on the same residents' rankings, by hand. */
    @Test
    void concernsFromStoredResponsesEqualTheEngineOnTheSameResidentsCountedByHand() {
        uk.gov.safervoices.definitions.model.Question question = questionnaires.definition(version).question("top")
                .orElseThrow();
        assertEquals(List.of(question), concernResults.rankingQuestions(version));

        ConcernResults.ConcernResult result = concernResults.results(consultation.id(), version, scheme, question);

        assertTrue(result.weighted(), () -> result.problems().toString());
        Map<List<List<String>>, Long> counted = new LinkedHashMap<>();
        for (WeightedSurvey.Resident r : residents) {
            List<String> ranked = new ArrayList<>(r.top());
            while (ranked.size() < 2) {
                ranked.add(null);
            }
            counted.merge(List.of(java.util.Arrays.asList(r.ward(), r.ageBand(), r.sex()), ranked), 1L, Long::sum);
        }
        List<RankingUnit> units = new ArrayList<>();
        counted.forEach((unit, n) -> units.add(new RankingUnit(unit.get(0), unit.get(1), n)));
        ConcernOptions defaults = ConcernOptions.defaults(2);
        ConcernAnalysis expected = ConcernRanking.analyse(new RankingSample(List.of("ward", "age_band", "sex"),
                        List.of("burglary", "asb", "speeding"), 2, units), MarginCsv.read(MARGINS).margins(),
                new ConcernOptions(defaults.points(), defaults.topK(), defaults.replicates(), defaults.seed(),
                        new uk.gov.safervoices.admin.analysis.core.EstimationOptions(0.95, 30),
                        scheme.rakingOptions()));
        ConcernAnalysis actual = result.analysis();
        assertEquals(expected.rankers(), actual.rankers());
        assertEquals(List.of("burglary", "asb", "speeding"), List.copyOf(result.concerns().keySet()));
        for (ConcernScore score : expected.scores()) {
            ConcernScore stored = actual.score(score.concern()).orElseThrow();
            assertEquals(score.bordaMean().value(), stored.bordaMean().value(), 1e-12, score.concern());
            assertEquals(score.bordaMean().calibratedStandardError(), stored.bordaMean().calibratedStandardError(),
                    1e-12, score.concern());
            assertEquals(score.mentionShare().value(), stored.mentionShare().value(), 1e-12, score.concern());
            assertEquals(score.rankByBorda(), stored.rankByBorda(), score.concern());
        }
        assertEquals(expected.byBorda(), actual.byBorda(), "the same resampled order, seed and units");
    }

    /** The item's overall and by-sex tables equal the core's on cells counted from the residents in memory. */
    private void compare(AnalysisResult result, String itemKey, List<String> categories,
                         Function<WeightedSurvey.Resident, List<String>> answer, WeightedDesign design) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (WeightedSurvey.Resident r : residents) {
            List<String> cell = java.util.Arrays.asList(r.ward(), r.ageBand(), r.sex());
            List<String> given = answer.apply(r);
            List<String> key = new ArrayList<>(cell);
            key.add(given.isEmpty() ? null : given.get(0));
            key.add(r.sex());
            counts.merge(key, 1L, Long::sum);
        }
        List<AnswerCell> cells = new ArrayList<>();
        counts.forEach((key, n) -> cells.add(new AnswerCell(key.subList(0, 3), key.get(3), key.get(4), n)));
        Breakdown expected = Proportions.breakdown(design, cells, categories, List.of("female", "male"),
                EstimationOptions.defaults());
        AnalysisResult.ItemResult actual = result.item(itemKey).orElseThrow(() -> new AssertionError(itemKey));
        sameTable(itemKey, expected.overall(), actual.overall());
        for (int g = 0; g < 2; g++) {
            sameTable(itemKey + " " + g, expected.groups().get(g), actual.groups().get(g));
        }
        assertEquals(expected.test().isPresent(), actual.test().isPresent(), itemKey);
        expected.test().ifPresent(test -> assertEquals(test.raoScottP(), actual.test().orElseThrow().raoScottP(),
                1e-9, itemKey));
    }

    private static void sameTable(String where, ProportionTable expected, ProportionTable actual) {
        assertEquals(expected.respondents(), actual.respondents(), where + " respondents in the domain");
        assertEquals(expected.base(), actual.base(), where + " base");
        assertEquals(expected.weightedBase(), actual.weightedBase(), 1e-6 * Math.max(1, expected.weightedBase()),
                where);
        for (Estimate e : expected.estimates()) {
            Estimate a = actual.estimate(e.category()).orElseThrow();
            assertEquals(e.respondents(), a.respondents(), where + " " + e.category());
            assertEquals(e.proportion(), a.proportion(), 1e-9, where + " " + e.category());
            assertEquals(e.calibratedStandardError(), a.calibratedStandardError(), 1e-9, where + " " + e.category());
        }
    }

    /** Raking done by hand: cells counted from the residents with a ward and an age, raked to the margins. */
    private WeightedDesign expectedDesign() {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (WeightedSurvey.Resident r : residents) {
            counts.merge(java.util.Arrays.asList(r.ward(), r.ageBand(), r.sex()), 1L, Long::sum);
        }
        List<WeightingCell> cells = new ArrayList<>();
        counts.forEach((categories, n) -> cells.add(new WeightingCell(categories, n)));
        List<Margin> targets = MarginCsv.read(MARGINS).margins();
        return Raking.rake(new WeightingCells(List.of("ward", "age_band", "sex"), cells), targets,
                RakingOptions.defaults().withMissingAnswers(RakingOptions.MissingAnswers.DROP)).design();
    }

    /**
     * A grid row that stands for a concern is rated as the share choosing the upper half of its scale: the same
     * point estimate as adding up those categories' shares in the results, over the same base.
     */
    @Test
    void concernsRatedInAGridAreTheShareChoosingTheUpperHalfOfTheScale() {
        Question question = concernResults.rankingQuestions(version).get(0);
        ConcernResults.ConcernResult result = concernResults.results(consultation.id(), version, scheme, question);
        assertEquals(1, result.rated().size(), "one grid row stands for a concern");
        ConcernResults.ProblemShare rated = result.rated().get(0);
        assertEquals("asb", rated.concern());
        assertEquals("very safe or fairly safe", rated.big());
        ProportionTable table = analyses.results(consultation.id(), version, scheme, null).item("day/high_street")
                .orElseThrow().overall();
        double expected = table.estimate("very_safe").orElseThrow().proportion()
                + table.estimate("fairly_safe").orElseThrow().proportion();
        assertEquals(expected, rated.share().proportion(), 1e-12);
        assertEquals(table.base(), rated.base());
        assertEquals(residents.stream().filter(r -> r.highStreet() != null && r.ward() != null && r.ageBand() != null)
                .count(), rated.base(), "answered the row and weighted (blank weighting answers are dropped)");
        assertTrue(rated.share().logit().lower() < expected && expected < rated.share().logit().upper());
        assertTrue(rated.share().standardError() > 0);
    }

    @Test
    void resultsAreKeptUntilResponsesMarginsOrTheSchemeChange() {
        AnalysisResult first = analyses.results(consultation.id(), version, scheme, null);
        assertSame(first, analyses.results(consultation.id(), version, scheme, null), "cached");

        submit(residents.get(0));
        AnalysisResult afterSubmission = analyses.results(consultation.id(), version, scheme, null);
        assertNotSame(first, afterSubmission);
        assertEquals(401, afterSubmission.respondents());

        statuses.mark("officer", responseIds.get(1), ResponseRecord.Status.SPAM, "Bot");
        AnalysisResult afterMarking = analyses.results(consultation.id(), version, scheme, null);
        assertEquals(400, afterMarking.respondents());
        assertSame(afterMarking, analyses.results(consultation.id(), version, scheme, null));

        marginSets.replace("analyst", margins.id(), new MarginSets.Description(margins.name(), margins.area(),
                "Revised"), MarginCsv.read(MARGINS.replace("ward,E05099004,1500", "ward,E05099004,2500")
                .replace("sex,male,4900", "sex,male,5900").replace("age_band,55+,3000", "age_band,55+,4000"))
                .margins());
        AnalysisResult afterMargins = analyses.results(consultation.id(), version, scheme, null);
        assertNotSame(afterMarking, afterMargins);
        assertEquals(11_000, afterMargins.diagnostics().total(), 1e-6, "weighted to the new population");
    }

    @Test
    void weightingProblemsAreReportedNotThrown() {
        WeightingScheme refusing = schemes.create("analyst", settings(List.of("ward", "age_band", "sex"),
                RakingOptions.MissingAnswers.REFUSE, List.of()));
        AnalysisResult refused = analyses.results(consultation.id(), version, refusing, null);
        assertFalse(refused.weighted());
        assertTrue(refused.problems().stream().anyMatch(p -> p.code() == WeightingProblem.Code.MISSING_WEIGHTING_ANSWERS),
                refused.problems()::toString);
        assertTrue(refused.items().isEmpty());

        MarginSet extraWard = marginSets.create("analyst", new MarginSets.Description(TestQuestionnaires.uniqueKey("m"),
                "Example Borough", "With a ward nobody answered from"),
                MarginCsv.read(MARGINS + "ward,E05099005,500\n").margins());
        WeightingScheme empty = schemes.create("analyst", new WeightingSchemes.Settings(TestQuestionnaires.uniqueKey("s"),
                extraWard.id(), List.of("ward"), RakingOptions.MissingAnswers.DROP, false, null, null, 30, List.of()));
        AnalysisResult emptyCategory = analyses.results(consultation.id(), version, empty, null);
        assertTrue(emptyCategory.problems().stream().anyMatch(p -> p.code() == WeightingProblem.Code.EMPTY_MARGIN_CATEGORY
                && "E05099005".equals(p.category())), emptyCategory.problems()::toString);

        WeightingScheme merged = schemes.update("analyst", empty.id(), new WeightingSchemes.Settings(empty.name(),
                extraWard.id(), List.of("ward"), RakingOptions.MissingAnswers.DROP, false, null, null, 30,
                List.of(new CategoryCollapse("ward", Set.of("E05099004", "E05099005"), "E05099004"))));
        AnalysisResult afterMerging = analyses.results(consultation.id(), version, merged, null);
        assertTrue(afterMerging.weighted(), afterMerging.problems()::toString);
        assertEquals(2000, afterMerging.raking().margins().stream().filter(m -> m.category().equals("E05099004"))
                .findFirst().orElseThrow().achieved(), 1e-6, "the merged ward carries both populations");

        WeightingScheme unknown = schemes.create("analyst", settings(List.of("ward", "tenure"),
                RakingOptions.MissingAnswers.DROP, List.of()));
        AnalysisResult unmapped = analyses.results(consultation.id(), version, unknown, null);
        assertEquals(List.of(WeightingProblem.Code.UNKNOWN_VARIABLE, WeightingProblem.Code.NO_MARGIN),
                unmapped.problems().stream().map(WeightingProblem::code).toList());
    }

    @Test
    void trimmingKeepsWeightsWithinBoundsAndMarginsMet() {
        WeightingScheme trimmed = schemes.create("analyst", new WeightingSchemes.Settings(TestQuestionnaires.uniqueKey("s"),
                margins.id(), List.of("ward", "age_band", "sex"), RakingOptions.MissingAnswers.DROP, false, 0.3, 3.0,
                30, List.of()));
        AnalysisResult result = analyses.results(consultation.id(), version, trimmed, null);
        assertTrue(result.weighted(), result.problems()::toString);
        assertTrue(result.trimming().converged());
        double mean = result.diagnostics().mean();
        assertTrue(result.diagnostics().max() <= 3.0 * mean * (1 + 1e-6), "max " + result.diagnostics().max());
        assertTrue(result.diagnostics().min() >= 0.3 * mean * (1 - 1e-6), "min " + result.diagnostics().min());
        assertTrue(result.trimming().before().max() > 3.0 * mean, "raking alone went beyond the bound");
        assertTrue(result.trimming().maxMarginError() < 1e-6, "re-raked: margins still met");

        WeightingScheme tooTight = schemes.create("analyst", new WeightingSchemes.Settings(
                TestQuestionnaires.uniqueKey("s"), margins.id(), List.of("ward", "age_band", "sex"),
                RakingOptions.MissingAnswers.DROP, false, 0.9, 1.1, 30, List.of()));
        AnalysisResult refused = analyses.results(consultation.id(), version, tooTight, null);
        assertEquals(List.of(WeightingProblem.Code.TRIMMING_NOT_CONVERGED),
                refused.problems().stream().map(WeightingProblem::code).toList());
    }
}
