package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst tidies the themes of a consultation with JavaScript off: renames one (the ranked concerns then show
 * the new name), merges it into another (its answers recoded, none losing a code), deletes one nobody has, and is
 * told why one in use cannot be deleted.
 */
@MicronautTest(transactional = false)
class StaffCodingThemesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject ResponseStore store;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;

    private StaffBrowser signedIn(Role role) {
        return StaffFixtures.signedIn(server, accounts, "themes-" + role.name().toLowerCase(), role);
    }

    /** Posts the first form of the page whose action ends with {@code action}, with these fields and its token. */
    private static StaffBrowser.Page submit(StaffBrowser browser, Document page, String action, String... fields) {
        Element form = page.select("form[action$=" + action + "]").first();
        assertNotNull(form, "a form posting to …" + action + ": " + page.html());
        assertNotNull(form.selectFirst("input[name=csrfToken]"), "with its CSRF token");
        return browser.postWithToken(form.attr("action"), fields);
    }

    @Test
    void anAnalystRenamesMergesAndDeletesThemes() {
        AnalysisFixtures.Seeded seeded = CodingFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 30, 21L);
        long id = seeded.consultation().id();
        String version = Long.toString(seeded.version().id());
        StaffBrowser analyst = signedIn(Role.ANALYST);
        for (String name : List.of("Lamps", "Street lighting", "Unused theme")) {
            analyst.follow(analyst.postWithToken(StaffRoutes.analysis(id, "coding/themes"), "version", version,
                    "question", "top", "name", name));
        }
        analyst.postWithToken(StaffRoutes.analysis(id, "coding/bulk"), "version", version, "question", "top",
                "word", "light", "code", "theme:lamps");
        analyst.postWithToken(StaffRoutes.analysis(id, "coding/bulk"), "version", version, "question", "top",
                "word", "broken", "code", "theme:street_lighting");
        String concernsPath = StaffRoutes.analysis(id, "concerns") + "?scheme=" + seeded.scheme().id();
        assertEquals("Lamps", analyst.get(concernsPath).document().select("tr[data-concern=theme:lamps] th").text());

        Document coding = analyst.get(StaffRoutes.analysis(id, "coding")).document();
        Element manage = coding.select("a:contains(Rename, merge or delete themes)").first();
        assertNotNull(manage, coding.html());
        Document list = analyst.get(manage.attr("href")).document();
        assertEquals("10 answers", list.select("tr[data-theme=theme:lamps] td").get(1).text(), list.text());
        assertEquals("9 answers", list.select("tr[data-theme=theme:street_lighting] td").get(1).text());
        assertEquals("0 answers", list.select("tr[data-theme=theme:unused_theme] td").get(1).text());

        // rename: errors on the page, then the new name everywhere, the code kept
        Document lamps = analyst.get(list.select("tr[data-theme=theme:lamps] a").attr("href")).document();
        assertEquals("Lamps", lamps.select("h1").text());
        assertNull(lamps.selectFirst("form[action$=/delete]"), "no delete button while answers have it");
        assertTrue(lamps.select("#in-use").text().contains("10 answers are"), lamps.select("#in-use").text());
        StaffBrowser.Page blank = submit(analyst, lamps, "/rename", "name", " ", "description", "");
        assertEquals(200, blank.status());
        assertEquals(List.of("Enter a name for the theme, such as \"Street lighting\""), blank.errors());
        assertEquals("#name", blank.document().select(".govuk-error-summary__list a").attr("href"));
        assertTrue(blank.title().startsWith("Error: "), blank.title());
        assertEquals(List.of("\"Burglary\" is a concern of the catalogue: merge this theme into it instead"),
                submit(analyst, lamps, "/rename", "name", "burglary", "description", "").errors());
        StaffBrowser.Page renamed = submit(analyst, lamps, "/rename", "name", "Street lamps", "description",
                "Lamp posts");
        assertEquals(303, renamed.status());
        Document afterRename = analyst.follow(renamed).document();
        assertTrue(afterRename.text().contains("“Lamps” is now called “Street lamps”: its answers keep it"),
                afterRename.text());
        assertEquals("Street lamps", afterRename.select("h1").text());
        assertEquals("Street lamps", analyst.get(concernsPath).document()
                .select("tr[data-concern=theme:lamps] th").text(), "the ranked concerns are computed again");

        // merge: a target is needed; then every answer recoded, duplicates collapsed
        StaffBrowser.Page noTarget = submit(analyst, afterRename, "/merge", "into", "");
        assertEquals(List.of("Choose the theme or concern to merge “Street lamps” into"), noTarget.errors());
        assertEquals("#into", noTarget.document().select(".govuk-error-summary__list a").attr("href"));
        List<String> targets = afterRename.select("select#into option").eachAttr("value");
        assertTrue(targets.contains("theme:street_lighting") && targets.contains("asb"), targets::toString);
        assertFalse(targets.contains("theme:lamps"), "not into itself");
        StaffBrowser.Page merged = submit(analyst, afterRename, "/merge", "into", "theme:street_lighting");
        assertEquals(303, merged.status());
        Document afterMerge = analyst.follow(merged).document();
        assertTrue(afterMerge.text().contains("“Street lamps” merged into “Street lighting”: 10 answers now coded"
                + " “Street lighting” (9 had it already)"), afterMerge.text());
        assertTrue(afterMerge.select("tr[data-theme=theme:lamps]").isEmpty());
        assertEquals("10 answers", afterMerge.select("tr[data-theme=theme:street_lighting] td").get(1).text());
        Document concerns = analyst.get(concernsPath).document();
        assertNull(concerns.selectFirst("tr[data-concern=theme:lamps]"));
        assertEquals("10", concerns.select("tr[data-concern=theme:street_lighting] td").get(3).text(),
                "every 'other' the theme had is named once");
        assertEquals(404, analyst.getOnce(StaffRoutes.codingTheme(id, "lamps", null)).status());

        // delete: refused while answers have it (a page opened before they were coded), done when none has
        StaffBrowser.Page inUse = analyst.postWithToken(StaffRoutes.codingTheme(id, "street_lighting", "delete"));
        assertEquals(200, inUse.status());
        assertEquals(List.of("\"Street lighting\" cannot be deleted: 10 answers are coded with it. Merge it into"
                + " another theme or a concern instead"), inUse.errors());
        assertEquals("#delete", inUse.document().select(".govuk-error-summary__list a").attr("href"));
        assertNotNull(inUse.document().selectFirst("#delete"));
        Document unused = analyst.get(StaffRoutes.codingTheme(id, "unused_theme", null)).document();
        StaffBrowser.Page deleted = submit(analyst, unused, "/delete");
        assertEquals(303, deleted.status());
        Document afterDelete = analyst.follow(deleted).document();
        assertTrue(afterDelete.text().contains("Theme “Unused theme” deleted"), afterDelete.text());
        assertTrue(afterDelete.select("tr[data-theme=theme:unused_theme]").isEmpty());
    }

    @Test
    void partnershipMembersSeeTheThemesButCannotChangeThemAndFormsNeedTheirToken() {
        AnalysisFixtures.Seeded seeded = CodingFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 6, 22L);
        long id = seeded.consultation().id();
        StaffBrowser analyst = signedIn(Role.ANALYST);
        analyst.follow(analyst.postWithToken(StaffRoutes.analysis(id, "coding/themes"), "name", "Potholes"));
        assertEquals(403, analyst.postOnce(StaffRoutes.codingTheme(id, "potholes", "delete")).status(),
                "no CSRF token");
        assertEquals(404, analyst.postWithToken(StaffRoutes.codingTheme(id, "no_such_theme", "delete")).status());

        StaffBrowser partnership = signedIn(Role.PARTNERSHIP);
        Document list = partnership.get(StaffRoutes.analysis(id, "coding/themes")).document();
        assertEquals("Potholes", list.select("tr[data-theme=theme:potholes] th").text());
        assertNull(list.selectFirst("tr[data-theme=theme:potholes] a"), "no link to the forms");
        assertEquals(403, partnership.getOnce(StaffRoutes.codingTheme(id, "potholes", null)).status());
        assertEquals(403, partnership.postWithToken(StaffRoutes.codingTheme(id, "potholes", "rename"), "name",
                "Roads").status());
        assertEquals(403, partnership.postWithToken(StaffRoutes.codingTheme(id, "potholes", "delete")).status());
        assertEquals("Potholes", analyst.get(StaffRoutes.analysis(id, "coding/themes")).document()
                .select("tr[data-theme=theme:potholes] th a").first().ownText(), "still there");
    }
}
