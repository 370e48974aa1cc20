package uk.gov.safervoices.admin.demo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.analysis.Analyses;
import uk.gov.safervoices.admin.analysis.AnalysisResult;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demonstration data of a first start: last year's survey closed, with made-up responses that the shipped
 * Example Borough margins can weight (every margin met), once only.
 */
@MicronautTest(transactional = false)
class DemoAnalysisSeederTest {
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject ResponseStore store;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;
    @Inject DefinitionLibrary library;
    @Inject Analyses analyses;
    @Inject uk.gov.safervoices.admin.coding.FreeTextAnswers freeText;

    @Test
    void lastYearsSurveyIsMadeOnceAndCanBeWeightedToTheShippedMargins() {
        Clock clock = Clock.fixed(Instant.parse("2031-06-01T12:00:00Z"), ZoneOffset.UTC);
        DemoAnalysisSeeder seeder = new DemoAnalysisSeeder(consultations, questionnaires, store, marginSets, schemes,
                library, clock);
        seeder.seed();
        Consultation demo = consultations.bySlug("community-safety-survey-2030-demonstration").orElseThrow();
        assertTrue(demo.title().contains("demonstration"), demo.title());
        assertEquals(Consultation.State.CLOSED, demo.stateAt(clock.instant()));
        MarginSet margins = marginSets.all().stream().filter(m -> m.name().equals("Example Borough 2030 (made up)"))
                .findFirst().orElseThrow();
        WeightingScheme scheme = schemes.all().stream().filter(s -> s.marginSetId() == margins.id()).findFirst()
                .orElseThrow();

        var versions = analyses.versions(demo.id());
        assertEquals(DemoAnalysisSeeder.RESPONSES, versions.get(0).responses(), "every made-up response is valid");
        AnalysisResult result = analyses.results(demo.id(), questionnaires.version(versions.get(0).versionId())
                .orElseThrow(), scheme, "ward");
        assertTrue(result.weighted(), result.problems()::toString);
        assertTrue(result.raking().converged());
        assertTrue(result.diagnostics().effectiveSampleSize() > 0.4 * result.design().respondents(),
                "skewed, but usable: n_eff " + result.diagnostics().effectiveSampleSize());

        var others = freeText.page(new uk.gov.safervoices.admin.coding.FreeTextAnswers.Scope(demo.id(),
                versions.get(0).versionId(), "top_concerns"),
                uk.gov.safervoices.admin.coding.FreeTextAnswers.Show.ALL, 1, 500);
        assertTrue(others.matching() > 60 && others.matching() < 250, "about one in twelve ranks \"other\" last, "
                + "with words to code: " + others.matching());
        assertTrue(others.answers().stream().allMatch(a -> DemoResidents.OTHER_ANSWERS.contains(a.text())),
                "only the canned phrases");

        assertTrue(!seeder.freshInstall(), "never on an installation with responses or margins");
        seeder.seed();
        assertEquals(DemoAnalysisSeeder.RESPONSES, analyses.versions(demo.id()).get(0).responses(), "only once");
    }
}
