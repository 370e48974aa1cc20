package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.analysis.ConcernResults;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.definitions.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coding page as an analyst uses it with JavaScript off: answers a page at a time with suggested codes, a theme
 * made and given, a code added to every answer with a word, and the ranked concerns then counting them.
 */
@MicronautTest(transactional = false)
class StaffCodingPagesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject ResponseStore store;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;
    @Inject ConcernResults concernResults;

    private StaffBrowser signedIn(Role role) {
        return StaffFixtures.signedIn(server, accounts, "coding-" + role.name().toLowerCase(), role);
    }

    @Test
    void anAnalystCodesOtherAnswersAndTheRankedConcernsCountThem() {
        AnalysisFixtures.Seeded seeded = CodingFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 90, 11L);
        long id = seeded.consultation().id();
        StaffBrowser analyst = signedIn(Role.ANALYST);

        Document overview = analyst.get(StaffRoutes.ANALYSIS).document();
        Element link = overview.select("tr:contains(" + seeded.consultation().title() + ") a[href$=/coding]").first();
        assertNotNull(link, overview.html());
        String concernsPath = StaffRoutes.analysis(id, "concerns") + "?scheme=" + seeded.scheme().id();
        Document concernsBefore = analyst.get(concernsPath).document();
        assertTrue(concernsBefore.text().contains("30 are not coded yet and score nothing"), concernsBefore.text());
        assertNotNull(concernsBefore.select("a:contains(Code residents’ own words)").first());

        StaffBrowser.Page page = analyst.get(link.attr("href"));
        assertEquals(200, page.status());
        Document coding = page.document();
        assertTrue(coding.select("h2").eachText().stream().anyMatch(h -> h.contains("Other (please say)")),
                "the ranking's 'other' comes first: " + coding.select("h2").eachText());
        assertTrue(coding.text().contains("30 answers: 0 coded, 30 not coded yet"), coding.text());
        List<Element> answers = coding.select("li.sv-coding-answer");
        assertEquals(25, answers.size(), "a page at a time");
        assertEquals(CodingFixtures.MARKUP, answers.get(0).select("blockquote").text(), "shown as text");
        assertTrue(page.html().contains("&lt;script&gt;"), "escaped");
        assertFalse(page.html().contains("<script>alert"), "never markup");
        assertEquals("Ranked 1st", answers.get(0).select(".sv-inline").text());
        assertNotNull(coding.select("a[rel=next]").first(), "a next page");

        Document afterTheme = analyst.follow(analyst.postWithToken(StaffRoutes.analysis(id, "coding/themes"),
                "version", Long.toString(seeded.version().id()), "question", "top", "show", "uncoded", "page", "1",
                "name", "Street lighting", "description", "Street lights broken or missing")).document();
        assertTrue(afterTheme.text().contains("Theme “Street lighting” added"), afterTheme.text());
        Element second = afterTheme.select("li.sv-coding-answer").get(1);
        Element suggestion = second.select("input[value=theme:street_lighting]").first();
        assertNotNull(suggestion, "the theme is suggested by the words of its name: " + second.html());
        assertTrue(second.text().contains("Suggested: the answer says “lights”, “street”, “broken”"), second.text());
        List<String> offered = second.select("input[type=checkbox]").eachAttr("value");
        assertEquals(offered.size(), new java.util.HashSet<>(offered).size(), "each code once: " + offered);
        assertTrue(offered.contains("burglary") && offered.contains("theme:street_lighting"), offered::toString);
        assertFalse(second.select("details input[type=checkbox]").isEmpty(), "the rest under 'More codes'");

        List<String> fields = new ArrayList<>(List.of("version", Long.toString(seeded.version().id()),
                "question", "top", "show", "uncoded", "page", "1"));
        for (Element answer : afterTheme.select("li.sv-coding-answer")) {
            String response = answer.attr("data-response");
            fields.addAll(List.of("answer", response, "codes-" + response, "theme:street_lighting"));
        }
        StaffBrowser.Page saved = analyst.postWithToken(StaffRoutes.analysis(id, "coding"),
                fields.toArray(String[]::new));
        assertEquals(303, saved.status(), saved.html());
        Document next = analyst.follow(saved).document();
        assertTrue(next.text().contains("Codes saved for 25 answers"), next.text());
        assertTrue(next.text().contains("30 answers: 25 coded, 5 not coded yet"), next.text());

        Document bulk = analyst.follow(analyst.postWithToken(StaffRoutes.analysis(id, "coding/bulk"),
                "version", Long.toString(seeded.version().id()), "question", "top", "show", "uncoded", "page", "1",
                "word", "light", "code", "theme:street_lighting")).document();
        assertTrue(bulk.text().contains("“Street lighting” added to 5 of the 30 answers containing “light”"),
                bulk.text());
        assertTrue(bulk.text().contains("No answers not coded yet to this question"), bulk.text());

        Document concerns = analyst.get(concernsPath).document();
        Element theme = concerns.select("tr[data-concern=theme:street_lighting]").first();
        assertNotNull(theme, "the theme is a row of the ranked concerns: " + concerns.text());
        assertEquals("Street lighting", theme.select("th").text());
        assertEquals("30", theme.select("td").get(3).text(), "named by every third resident: " + theme.text());
        assertTrue(concerns.text().contains("30 residents’ “other” answers count as the concerns or themes"),
                concerns.text());
    }

    @Test
    void openAnswersCodedShowTheirShareAndErrorsComeBackOnThePage() {
        AnalysisFixtures.Seeded seeded = CodingFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 60, 12L);
        long id = seeded.consultation().id();
        StaffBrowser analyst = signedIn(Role.ANALYST);
        String version = Long.toString(seeded.version().id());

        StaffBrowser.Page missing = analyst.postWithToken(StaffRoutes.analysis(id, "coding/bulk"), "version", version,
                "question", "comments", "show", "all", "page", "1", "word", "the", "code", "");
        assertEquals(200, missing.status());
        assertEquals(List.of("“the” is too common a word to pick answers by: enter another", "Choose the code to add"),
                missing.errors());
        StaffBrowser.Page noName = analyst.postWithToken(StaffRoutes.analysis(id, "coding/themes"), "version",
                version, "question", "comments", "name", "Burglary");
        assertEquals(List.of("\"Burglary\" is a concern of the catalogue: tick it instead"), noName.errors());

        Document done = analyst.follow(analyst.postWithToken(StaffRoutes.analysis(id, "coding/bulk"), "version",
                version, "question", "comments", "show", "all", "page", "1", "word", "rubbish", "code",
                "fly_tipping")).document();
        assertTrue(done.text().contains("“Fly-tipping” added to 30 of the 30 answers containing “rubbish”"),
                done.text());

        Document concerns = analyst.get(StaffRoutes.analysis(id, "concerns") + "?scheme=" + seeded.scheme().id())
                .document();
        Element row = concerns.select("tr[data-open-concern=fly_tipping]").first();
        assertNotNull(row, concerns.text());
        assertTrue(row.text().startsWith("Fly-tipping"), row.text());
        assertEquals("30", row.select("td").get(1).text());
    }

    @Test
    void codedOtherAnswersCountInTheRankingByGroup() {
        AnalysisFixtures.Seeded seeded = CodingFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 60, 15L);
        long id = seeded.consultation().id();
        StaffBrowser analyst = signedIn(Role.ANALYST);
        String bySex = StaffRoutes.analysis(id, "concerns") + "?scheme=" + seeded.scheme().id() + "&by=sex";
        Element before = analyst.get(bySex).document().select("table:has(caption:contains(by Sex))").first();
        assertNotNull(before);
        assertFalse(before.text().contains("Street lighting"), before.text());

        analyst.follow(analyst.postWithToken(StaffRoutes.analysis(id, "coding/themes"), "question", "top",
                "name", "Street lighting"));
        analyst.postWithToken(StaffRoutes.analysis(id, "coding/bulk"), "question", "top", "word", "light",
                "code", "theme:street_lighting");

        Document after = analyst.get(bySex).document();
        Element table = after.select("table:has(caption:contains(by Sex))").first();
        assertNotNull(table, after.html());
        Question top = concernResults.rankingQuestions(seeded.version()).get(0);
        List<ConcernResults.GroupConcerns> groups = concernResults.byGroup(id, seeded.version(), seeded.scheme(),
                top, "sex");
        assertEquals(List.of("Place", "Female", "Male"), table.select("thead th").eachText().stream()
                .map(t -> t.replaceAll("\\*? [0-9,]+ responses$", "")).toList());
        for (int g = 0; g < groups.size(); g++) {
            double lighting = groups.get(g).shares().stream().filter(s -> s.concern().equals("theme:street_lighting"))
                    .findFirst().orElseThrow().share().proportion();
            assertTrue(lighting > 0, groups.get(g)::toString);
            int column = g;
            List<String> cells = table.select("tbody tr").stream().map(r -> r.select("td").get(column).text())
                    .toList();
            assertTrue(cells.contains("Street lighting " + String.format(Locale.UK, "%.0f%%", lighting * 100)),
                    "the coded 'other' answers in the " + groups.get(g).label() + " column: " + cells);
        }
    }

    @Test
    void partnershipMembersReadTheCodesButHaveNoForms() {
        AnalysisFixtures.Seeded seeded = CodingFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 12, 13L);
        StaffBrowser partnership = signedIn(Role.PARTNERSHIP);
        StaffBrowser.Page page = partnership.get(StaffRoutes.analysis(seeded.consultation().id(), "coding")
                + "?show=all");
        assertEquals(200, page.status());
        Document document = page.document();
        assertEquals(4, document.select("li.sv-coding-answer").size());
        assertTrue(document.select("form[method=post]").stream().allMatch(f -> f.attr("action")
                .equals(StaffRoutes.SIGN_OUT)), "no coding forms");
        assertTrue(document.text().contains("Not coded yet."), document.text());
        assertEquals(403, partnership.postWithToken(StaffRoutes.analysis(seeded.consultation().id(), "coding"),
                "answer", "1").status());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        AnalysisFixtures.Seeded seeded = CodingFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 6, 14L);
        StaffBrowser analyst = signedIn(Role.ANALYST);
        assertEquals(403, analyst.postOnce(StaffRoutes.analysis(seeded.consultation().id(), "coding/themes"),
                "name", "Lighting").status());
    }
}
