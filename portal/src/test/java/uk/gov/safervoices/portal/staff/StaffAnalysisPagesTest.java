package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import uk.gov.safervoices.admin.analysis.AnalysisResult;
import uk.gov.safervoices.admin.analysis.ConcernResults;
import uk.gov.safervoices.admin.analysis.concerns.ConcernScore;
import uk.gov.safervoices.admin.analysis.concerns.RankUncertainty;
import uk.gov.safervoices.definitions.model.Question;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analysis pages: overview, weighting diagnostics, results with breakdown and trend, and the CSV. */
@MicronautTest(transactional = false)
class StaffAnalysisPagesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject ResponseStore store;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;
    @Inject ConcernResults concernResults;
    @Inject uk.gov.safervoices.admin.analysis.Analyses analyses;

    private StaffBrowser signedIn(Role role) {
        return StaffFixtures.signedIn(server, accounts, "analysis-" + role.name().toLowerCase(), role);
    }

    @Test
    void anAnalystSeesTheWeightingThenTheResultsByGroupAgainstTheEarlierWaveAndTheCsvAgrees() throws IOException {
        AnalysisFixtures.Seeded now = AnalysisFixtures.seed(consultations, questionnaires, store, marginSets, schemes,
                300, 7L);
        Consultation earlier = AnalysisFixtures.consultation(consultations, now.version(), "Earlier wave "
                + QuestionnaireFixtures.uniqueKey("w"));
        AnalysisFixtures.respond(store, earlier, now.version(), 250, 8L);
        StaffBrowser analyst = signedIn(Role.ANALYST);

        Document overview = analyst.get(StaffRoutes.ANALYSIS).document();
        Element row = overview.select("tr:contains(" + now.consultation().title() + ")").first();
        assertNotNull(row, overview.html());
        assertEquals("300", row.select("td").get(2).text());
        String weightingPath = StaffRoutes.analysis(now.consultation().id(), "weighting") + "?scheme="
                + now.scheme().id();

        StaffBrowser.Page weighting = analyst.get(weightingPath);
        assertEquals(200, weighting.status());
        Document w = weighting.document();
        assertTrue(w.text().contains("Every margin met: 300 of 300 responses weighted"), w.text());
        assertTrue(w.text().contains("from the margins “" + now.margins().name() + "”"), "the margin set's name");
        Element wards = w.select("table:has(caption:contains(Ward))").first();
        assertNotNull(wards);
        assertEquals(List.of("Abbey", "Brookside", "Castle", "Dene Park"),
                wards.select("tbody th").eachText(), "ward names, not codes");
        for (Element tr : wards.select("tbody tr")) {
            assertEquals(tr.select("td").get(3).text(), tr.select("td").get(4).text(), "target = achieved");
        }
        assertNotNull(w.selectFirst("figure svg[role=img]"), "the weight distribution chart");

        String results = StaffRoutes.analysis(now.consultation().id(), "results") + "?scheme=" + now.scheme().id()
                + "&by=sex&compare=" + earlier.id();
        Document page = analyst.get(results).document();
        Element section = page.select("section:has(h2:contains(How safe do you feel after dark?))").first();
        assertNotNull(section, page.html());
        assertNotNull(section.selectFirst("svg[role=img]"), "a chart");
        Element overall = section.select("table").get(0);
        List<String> headers = overall.select("thead th").eachText();
        assertTrue(headers.get(4).startsWith("Earlier wave"), headers.toString());
        Element bySex = section.select("table").get(1);
        assertEquals(List.of("Answer", "Female", "Male"), bySex.select("thead th").eachText());
        assertTrue(section.text().contains("Rao-Scott F ="), section.text());
        assertNotNull(page.selectFirst("h2:containsOwn(How safe do you feel during the day? The high street)"),
                "a grid row's title: the question, then the row, with no colon after the question mark");
        assertTrue(bySex.selectFirst("caption").text().startsWith("How safe do you feel after dark? (by "),
                bySex.selectFirst("caption").text());

        String csv = analyst.get(StaffRoutes.analysis(now.consultation().id(), "results.csv") + "?scheme="
                + now.scheme().id() + "&by=sex").html();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        CSVRecord verySafe = records.stream().filter(r -> r.get("question").equals("safe_after_dark")
                && r.get("category").equals("very_safe") && r.get("by_variable").isEmpty()).findFirst().orElseThrow();
        Element verySafeRow = overall.select("tbody tr:has(th:contains(Very safe))").first();
        assertEquals(String.format(Locale.UK, "%.0f%%", Double.parseDouble(verySafe.get("proportion")) * 100),
                verySafeRow.select("td").get(0).text(), "the page shows the CSV's figure");
        assertEquals(String.format(Locale.UK, "%.0f%% to %.0f%%",
                        Double.parseDouble(verySafe.get("ci_logit_lower")) * 100,
                        Double.parseDouble(verySafe.get("ci_logit_upper")) * 100),
                verySafeRow.select("td").get(1).text());
        assertTrue(records.stream().anyMatch(r -> r.get("by_variable").equals("sex")
                && r.get("by_category").equals("male")), "breakdown rows");
        assertTrue(records.stream().anyMatch(r -> r.get("question").equals("places/park")), "options");
    }

    /** The page shows the order, figures and comparisons the analysis gives, in words. */
    @Test
    void aPartnershipMemberSeesTheConcernsRankedWithHowSureWeAreOfEachPlace() {
        AnalysisFixtures.Seeded seeded = AnalysisFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 300, 11L);
        StaffBrowser partner = signedIn(Role.PARTNERSHIP);

        Document page = partner.get(StaffRoutes.analysis(seeded.consultation().id(), "concerns") + "?scheme="
                + seeded.scheme().id()).document();

        Question top = concernResults.rankingQuestions(seeded.version()).get(0);
        ConcernResults.ConcernResult expected = concernResults.results(seeded.consultation().id(), seeded.version(),
                seeded.scheme(), top);
        assertTrue(expected.weighted(), () -> expected.problems().toString());
        ConcernResults.ProblemShare rated = expected.rated().get(0);
        org.jsoup.nodes.Element ratedRow = page.select("tr[data-rated-concern=asb]").first();
        assertNotNull(ratedRow, "the grid row standing for anti-social behaviour is rated");
        assertEquals(String.format(java.util.Locale.UK, "%.0f%%", rated.share().proportion() * 100),
                ratedRow.select("td").get(1).ownText());
        RankUncertainty order = expected.analysis().byBorda().orElseThrow();
        assertEquals(order.ranks().stream().map(r -> r.concern()).toList(),
                page.select("tbody tr").eachAttr("data-concern"), "the analysis's order");
        Element first = page.select("tbody tr").first();
        ConcernScore leader = expected.analysis().score(order.ranks().get(0).concern()).orElseThrow();
        assertEquals(String.format(Locale.UK, "%.2f", leader.bordaMean().value()),
                first.select("td").get(1).ownText(), "average points as the analysis gives them");
        assertEquals(String.format(Locale.UK, "%.0f%% of resamples", order.ranks().get(0).probabilityTopK() * 100),
                first.select("td").get(4).text());
        List<String> comparisons = page.select("h2:contains(really ahead) + ul li").eachText();
        assertEquals(order.adjacent().size(), comparisons.size());
        assertTrue(comparisons.get(0).matches(".+ is ahead of .+ in \\d+% of 500 resamples: .+\\."),
                comparisons.get(0));
        assertNotNull(page.selectFirst("figure svg[role=img]"), "the dot plot");

        Document bySex = partner.get(StaffRoutes.analysis(seeded.consultation().id(), "concerns") + "?scheme="
                + seeded.scheme().id() + "&by=sex").document();
        Element table = bySex.select("table:has(caption:contains(by Sex))").first();
        assertNotNull(table, bySex.html());
        assertEquals(List.of("Place", "Female", "Male"), table.select("thead th").eachText().stream()
                .map(t -> t.replaceAll("\\*? [0-9,]+ responses$", "")).toList());
        AnalysisResult byGroup = analyses.results(seeded.consultation().id(), seeded.version(), seeded.scheme(),
                "sex");
        double femaleBurglary = byGroup.item("top#ranked/burglary").orElseThrow().groups().get(0)
                .estimate("chosen").orElseThrow().proportion();
        assertTrue(table.text().contains("Burglary " + String.format(Locale.UK, "%.0f%%", femaleBurglary * 100)),
                table.text());
    }

    @Test
    void aPartnershipMemberSeesResultsButNotTheMarginsAndAConsultationOfficerIsRefused() {
        AnalysisFixtures.Seeded seeded = AnalysisFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 60, 9L);
        StaffBrowser partner = signedIn(Role.PARTNERSHIP);
        assertEquals(200, partner.get(StaffRoutes.analysis(seeded.consultation().id(), "results")).status());
        Document overview = partner.get(StaffRoutes.ANALYSIS).document();
        assertFalse(overview.select("a[href^=/admin/analysis/margins]").hasText(), "margins are analysts' work");
        assertEquals(403, signedIn(Role.CONSULTATION).getOnce(StaffRoutes.ANALYSIS).status());
    }

    @Test
    void respondentsLeftOutForABlankWeightingAnswerAreCountedOnceOnTheWeightingPageAndNamedOnTheResults() {
        AnalysisFixtures.Seeded seeded = AnalysisFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 60, 11L);
        java.util.Random random = new java.util.Random(12L);
        for (int i = 0; i < 3; i++) {
            Map<String, List<String>> answers = AnalysisFixtures.resident(random);
            answers.remove("sex");
            assertTrue(store.submit(new uk.gov.safervoices.admin.response.Submission(seeded.consultation(),
                    seeded.version(), uk.gov.safervoices.admin.response.Channel.ONLINE, null, answers))
                    instanceof uk.gov.safervoices.admin.response.SubmissionOutcome.Accepted);
        }
        StaffBrowser analyst = signedIn(Role.ANALYST);
        String query = "?scheme=" + seeded.scheme().id();
        Document weighting = analyst.get(StaffRoutes.analysis(seeded.consultation().id(), "weighting") + query)
                .document();
        assertTrue(weighting.text().contains("3 respondents left one or more weighting variables blank (sex: 3)"),
                weighting.text());
        assertEquals(1, weighting.select(".govuk-warning-text:contains(weighting)").stream()
                .filter(e -> e.text().contains("blank")).count(), "the blanks are warned of once");
        Document results = analyst.get(StaffRoutes.analysis(seeded.consultation().id(), "results") + query).document();
        assertTrue(results.text().contains("60 of 63 responses, weighted by"), results.text());
        assertTrue(results.text().contains("The other 3 left a weighting question blank, so they are in no figure"
                + " on this page."), results.text());
    }

    @Test
    void unknownConsultationsAreNotFoundAndSchemesThatCannotWeightSayWhy() {
        StaffBrowser analyst = signedIn(Role.ANALYST);
        AnalysisFixtures.Seeded seeded = AnalysisFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 40, 10L);
        assertEquals(404, analyst.getOnce(StaffRoutes.analysis(Long.MAX_VALUE, "results")).status());
        var refusing = schemes.create("analyst", new WeightingSchemes.Settings(QuestionnaireFixtures.uniqueKey("s"),
                seeded.margins().id(), List.of("ward", "tenure"),
                uk.gov.safervoices.admin.analysis.core.RakingOptions.MissingAnswers.DROP, false, null, null, 30,
                List.of()));
        Document weighting = analyst.get(StaffRoutes.analysis(seeded.consultation().id(), "weighting") + "?scheme="
                + refusing.id()).document();
        assertTrue(weighting.text().contains("These responses cannot be weighted by this scheme"), weighting.text());
        assertTrue(weighting.text().contains("No question of this questionnaire is mapped to the weighting variable"
                + " \"tenure\""), weighting.text());
        Document results = analyst.get(StaffRoutes.analysis(seeded.consultation().id(), "results") + "?scheme="
                + refusing.id()).document();
        assertTrue(results.text().contains("cannot be weighted"), results.text());
    }
}
