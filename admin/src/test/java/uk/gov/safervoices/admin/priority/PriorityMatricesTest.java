package uk.gov.safervoices.admin.priority;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.DatabaseRows;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.analysis.ConcernResults;
import uk.gov.safervoices.admin.analysis.WeightedSurvey;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.crime.CrimeFile;
import uk.gov.safervoices.admin.crime.CrimeImports;
import uk.gov.safervoices.admin.crime.CrimeMappings;
import uk.gov.safervoices.admin.crime.CrimeTypeSetting;
import uk.gov.safervoices.admin.priority.matrix.PriorityRow;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.admin.weighting.MarginCsv;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan year's priority matrix on the database: the settings guarded and audited, and the matrix put together
 * from stored responses (weighted), imported police crime and the partnership's scores, checked value by value.
 */
@MicronautTest(transactional = false)
class PriorityMatricesTest {
    private static final AtomicInteger YEARS = new AtomicInteger(2200 + (int) (System.nanoTime() % 500));
    /** Police crime is kept for plan years this far from any other test's. */
    private static final int CRIME_YEAR = 2090;

    @Inject MatrixSettings settings;
    @Inject PriorityMatrices matrices;
    @Inject Decisions decisions;
    @Inject ConcernResults concernResults;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;
    @Inject ResponseStore store;
    @Inject CrimeImports crimeImports;
    @Inject CrimeMappings crimeMappings;
    @Inject DatabaseRows rows;

    String planYear;
    Consultation consultation;
    QuestionnaireVersion version;
    WeightingScheme scheme;

    @BeforeEach
    void setUp() {
        planYear = MatrixSettings.planYear(YEARS.incrementAndGet());
        String key = WeightedSurvey.uniqueKey();
        version = questionnaires.publish(WeightedSurvey.definition(key), key + ".yaml");
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Matrix survey", "Priorities", null, null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)),
                List.of(version.questionnaireId())));
        for (WeightedSurvey.Resident resident : WeightedSurvey.residents(300, 20261130L)) {
            SubmissionOutcome outcome = store.submit(new Submission(consultation, version, Channel.PAPER, null,
                    resident.raw()));
            assertTrue(outcome instanceof SubmissionOutcome.Accepted, outcome::toString);
        }
        MarginSet margins = marginSets.create("analyst", new MarginSets.Description(TestQuestionnaires.uniqueKey("m"),
                "Example Borough", "Synthetic"), MarginCsv.read(WeightedSurvey.MARGINS).margins());
        scheme = schemes.create("analyst", new WeightingSchemes.Settings(TestQuestionnaires.uniqueKey("s"), margins.id(),
                List.of("ward", "age_band", "sex"), RakingOptions.MissingAnswers.DROP, false, null, null, 30,
                List.of()));
        crimeMappings.replaceLsoaWards("analyst", Map.of("E01099001", "E05099001", "E01099002", "E05099002"));
        // burglary 3 this year and 1 the year before (+200%), anti-social behaviour 2 and 4 (-50%)
        CrimeImports.Outcome imported = crimeImports.importFiles("analyst", List.of(
                crimeFile(CRIME_YEAR + "-05", "Burglary", "Burglary", "Burglary", "Anti-social behaviour",
                        "Anti-social behaviour"),
                crimeFile((CRIME_YEAR - 1) + "-05", "Burglary", "Anti-social behaviour", "Anti-social behaviour",
                        "Anti-social behaviour", "Anti-social behaviour")));
        assertTrue(imported.ok(), () -> imported.reading().problems().toString());
    }

    private static CrimeFile crimeFile(String month, String... types) {
        StringBuilder csv = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        for (int i = 0; i < types.length; i++) {
            csv.append(",").append(month).append(",Example Constabulary,Example Constabulary,-1.2,52.1,"
                    + "On or near High Street,E0109900").append(1 + i % 2).append(",Example 00").append(1 + i % 2)
                    .append("A,").append(types[i]).append(",,\n");
        }
        return new CrimeFile(month + "-example-street.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private MatrixSettings.Setting create(Map<String, Double> weights) {
        return settings.save("partner", planYear, 0, new MatrixSettings.Sources(consultation.id(), scheme.id(),
                CRIME_YEAR, weights));
    }

    @Test
    void theSettingKeepsTheBuiltInCriteriaWithTheirWeights_andEveryChangeIsGuardedAndAudited() {
        MatrixSettings.Setting created = create(Map.of(MatrixSettings.COMMUNITY_CONCERN, 2.0));
        assertEquals(MatrixSettings.BUILT_IN, created.criteria().stream().map(MatrixSettings.CriterionSetting::code)
                .toList());
        assertEquals(List.of(2.0, 1.0, 1.0, 1.0), created.criteria().stream()
                .map(MatrixSettings.CriterionSetting::weight).toList());
        assertEquals(1, created.revision());

        assertThrows(MatrixSettings.StaleException.class, () -> create(Map.of()), "a second 'new' matrix is stale");
        MatrixSettings.Setting changed = settings.save("chair", planYear, 1, new MatrixSettings.Sources(
                consultation.id(), scheme.id(), CRIME_YEAR - 1, Map.of(MatrixSettings.CRIME_TREND, 0.0)));
        assertEquals(2, changed.revision());
        assertEquals(CRIME_YEAR - 1, changed.crimeYear());
        assertEquals(0.0, changed.criterion(MatrixSettings.CRIME_TREND).orElseThrow().weight());
        assertEquals(2.0, changed.criterion(MatrixSettings.COMMUNITY_CONCERN).orElseThrow().weight(),
                "weights not sent are kept");
        assertThrows(MatrixSettings.StaleException.class, () -> settings.addCriterion("partner", planYear, 1,
                "Capacity to act", "Partners' survey", true, 1), "a change made on an old revision is refused");

        String code = settings.addCriterion("partner", planYear, 2, "Capacity to act", "Partners' survey", true, 1.5);
        assertEquals("own_capacity_to_act", code);
        settings.updateCriterion("partner", planYear, 3, code, "Capacity to act", "Partners' survey, March",
                true, Map.of("burglary", 4.0, "asb", 2.0));
        MatrixSettings.Setting scored = settings.find(planYear).orElseThrow();
        assertEquals(Map.of("burglary", 4.0, "asb", 2.0), scored.scores().get(code));
        assertEquals("Partners' survey, March", scored.criterion(code).orElseThrow().source());
        assertThrows(IllegalArgumentException.class, () -> settings.removeCriterion("partner", planYear, 4,
                MatrixSettings.CRIME_HARM), "built-in criteria are weighted to 0, not removed");
        settings.removeCriterion("partner", planYear, 4, code);
        assertTrue(settings.find(planYear).orElseThrow().criterion(code).isEmpty());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM priority_matrix_score WHERE plan_year = ?", planYear));
        assertEquals(5, rows.count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'priority_matrix'"
                + " AND subject_id = ?", planYear));
    }

    @Test
    void theMatrixPutsTogetherResidentsWeightedConcernsPoliceCrimeAndThePartnershipsScores() {
        create(Map.of());
        String code = settings.addCriterion("partner", planYear, 1, "Capacity to act", "", true, 1);
        settings.updateCriterion("partner", planYear, 2, code, "Capacity to act", "", true,
                Map.of("speeding", 5.0, "burglary", 1.0));

        PriorityMatrices.Report report = matrices.report(planYear).orElseThrow();

        ConcernResults.ConcernResult residents = concernResults.results(consultation.id(), version, scheme,
                concernResults.rankingQuestions(version).get(0));
        PriorityMatrices.CriterionValues community = report.criterion(MatrixSettings.COMMUNITY_CONCERN).orElseThrow();
        for (String concern : List.of("burglary", "asb", "speeding")) {
            assertEquals(residents.analysis().score(concern).orElseThrow().bordaMean().value(),
                    community.values().get(concern), 1e-12, concern);
        }
        assertTrue(community.source().contains(scheme.name()), community.source());

        Map<String, Double> harm = Map.of("burglary", harmWeight("Burglary"), "asb", harmWeight("Anti-social behaviour"));
        // 10,000 residents in the scheme's margins
        assertEquals(0.3, value(report, MatrixSettings.CRIME_VOLUME, "burglary"), 1e-12);
        assertEquals(0.2, value(report, MatrixSettings.CRIME_VOLUME, "asb"), 1e-12);
        assertEquals(200.0, value(report, MatrixSettings.CRIME_TREND, "burglary"), 1e-12);
        assertEquals(-50.0, value(report, MatrixSettings.CRIME_TREND, "asb"), 1e-12);
        assertEquals(3 * harm.get("burglary") * 1000 / 10_000, value(report, MatrixSettings.CRIME_HARM, "burglary"),
                1e-9);
        assertEquals("0.30 (3 crimes)", report.criterion(MatrixSettings.CRIME_VOLUME).orElseThrow().shown()
                .get("burglary"));
        assertEquals("+200.0%", report.criterion(MatrixSettings.CRIME_TREND).orElseThrow().shown().get("burglary"));
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("1 of 12 months")), report.warnings()::toString);

        List<PriorityRow> ranked = report.result().orElseThrow().rows();
        PriorityRow speeding = ranked.stream().filter(r -> r.concern().equals("speeding")).findFirst().orElseThrow();
        assertEquals(List.of(MatrixSettings.CRIME_VOLUME, MatrixSettings.CRIME_TREND, MatrixSettings.CRIME_HARM),
                speeding.missing(), "no crime type is mapped to speeding");
        PriorityRow burglary = ranked.stream().filter(r -> r.concern().equals("burglary")).findFirst().orElseThrow();
        // burglary is highest on volume, trend and harm (1 each), lowest on capacity (0); residents' concern by hand
        double communityScaled = scaled(community.values(), "burglary");
        assertEquals(communityScaled, burglary.normalised().get(MatrixSettings.COMMUNITY_CONCERN), 1e-12);
        assertEquals((communityScaled + 1 + 1 + 1 + 0) / 5, burglary.composite(), 1e-12);
        assertEquals("Burglary", report.names().get("burglary"));
    }

    @Test
    void aDecisionFreezesTheMatrixAsItStood() {
        create(Map.of());
        PriorityMatrices.Report report = matrices.report(planYear).orElseThrow();
        MatrixEvidence frozen = MatrixEvidence.of(report).orElseThrow();
        Evidence evidence = Evidence.of(consultation.title(), scheme.name(), concernResults.results(consultation.id(),
                version, scheme, concernResults.rankingQuestions(version).get(0)), Instant.now()).withMatrix(frozen);
        long id = decisions.record("partner", new Decisions.NewDecision(planYear, "Board", LocalDate.of(2026, 3, 1),
                consultation.id(), List.of(new Decisions.Priority("burglary", "Top of the matrix")), evidence));

        settings.save("partner", planYear, 1, new MatrixSettings.Sources(consultation.id(), scheme.id(), CRIME_YEAR,
                Map.of(MatrixSettings.COMMUNITY_CONCERN, 0.0)));
        Evidence read = decisions.find(id).orElseThrow().evidence();
        assertEquals(frozen, read.matrix(), "the matrix reads back as it was, whatever changed since");
        assertEquals(1.0, read.matrix().criteria().get(0).weight());
        assertEquals(report.result().orElseThrow().rows().size(), read.matrix().rows().size());
        assertFalse(read.matrix().rows().get(0).values().isEmpty());
    }

    private static double value(PriorityMatrices.Report report, String criterion, String concern) {
        return report.criterion(criterion).orElseThrow().values().get(concern);
    }

    private double harmWeight(String crimeType) {
        return crimeMappings.crimeTypes().stream().filter(t -> t.crimeType().equals(crimeType))
                .mapToDouble(CrimeTypeSetting::harmWeight).findFirst().orElseThrow();
    }

    private static double scaled(Map<String, Double> values, String concern) {
        double min = values.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return (values.get(concern) - min) / (max - min);
    }
}
