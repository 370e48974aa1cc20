package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.analysis.core.CategoryCollapse;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.weighting.MarginCsv;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.portal.staff.StaffBrowser;
import uk.gov.safervoices.portal.staff.StaffFixtures;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Creating a weighting scheme from the form, changing it, and the form's errors. */
@MicronautTest(transactional = false)
class SchemePagesTest {
    private static final String CSV = """
            variable,category,population
            ward,E05099004,5000
            ward,E05099005,3000
            ward,E05099006,12000
            age_band,16-24,4000
            age_band,25-74,16000
            sex,female,10200
            sex,male,9800
            """;

    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;
    @Inject AuditLog audit;

    private StaffBrowser browser;
    private MarginSet margins;

    @BeforeEach
    void signInAsAnalystWithMargins() {
        StaffAccount analyst = StaffFixtures.account(accounts, "analyst", Role.ANALYST);
        browser = new StaffBrowser(server.getURI());
        browser.signIn(analyst.username(), StaffFixtures.PASSWORD);
        margins = marginSets.create("test", new MarginSets.Description(MarginPagesTest.unique("Scheme margins"),
                "Example Borough", "ONS"), MarginCsv.read(CSV).margins());
    }

    @Test
    void aSchemeIsCreatedFromTheForm_andChangedOnItsPage() {
        StaffBrowser.Page form = browser.get(StaffRoutes.ANALYSIS_NEW_SCHEME);
        assertEquals(200, form.status());
        assertEquals("Create a weighting scheme", form.heading());
        assertEquals(StaffRoutes.ANALYSIS, form.document().selectFirst(".govuk-back-link").attr("href"));
        assertEquals("30", form.document().getElementById("minimumBase").val());
        assertTrue(form.document().select("input[name=marginSet][value=" + margins.id() + "]").size() == 1);
        assertTrue(form.document().select("input[name=variables][value=age_band]").size() == 1);

        String name = MarginPagesTest.unique("Borough scheme");
        StaffBrowser.Page posted = browser.postWithToken(StaffRoutes.ANALYSIS_NEW_SCHEME, "name", name,
                "marginSet", Long.toString(margins.id()), "variables", "ward", "variables", "sex",
                "missingAnswers", "DROP", "rescaleTotals", "yes", "trimLower", "0.3", "trimUpper", "3",
                "minimumBase", "25", "merges", "ward: E05099004 + E05099005 = E05099004");
        assertEquals(303, posted.status(), posted.html());
        WeightingScheme created = schemes.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        assertEquals(StaffRoutes.weightingScheme(created.id()), posted.location().orElseThrow());
        assertEquals(margins.id(), created.marginSetId());
        assertEquals(List.of("ward", "sex"), created.variables());
        assertEquals(RakingOptions.MissingAnswers.DROP, created.missingAnswers());
        assertTrue(created.rescaleTotals());
        assertEquals(0.3, created.trimLower());
        assertEquals(3.0, created.trimUpper());
        assertEquals(25, created.minimumBase());
        assertEquals(List.of(new CategoryCollapse("ward", Set.of("E05099004", "E05099005"), "E05099004")),
                created.collapses());

        StaffBrowser.Page page = browser.follow(posted);
        assertEquals("Change weighting scheme " + name, page.heading());
        assertTrue(page.text().contains("Weighting scheme created: " + name), page.text());
        Document document = page.document();
        assertEquals(name, document.getElementById("name").val());
        assertEquals(Long.toString(margins.id()), document.selectFirst("input[name=marginSet][checked]").val());
        assertEquals(List.of("ward", "sex"), document.select("input[name=variables][checked]").eachAttr("value"));
        assertEquals("DROP", document.selectFirst("input[name=missingAnswers][checked]").val());
        assertTrue(document.getElementById("rescaleTotals").hasAttr("checked"));
        assertEquals("0.3", document.getElementById("trimLower").val());
        assertEquals("3", document.getElementById("trimUpper").val());
        assertEquals("25", document.getElementById("minimumBase").val());
        assertEquals("ward: E05099004 + E05099005 = E05099004", document.getElementById("merges").val());

        StaffBrowser.Page changed = browser.postWithToken(StaffRoutes.weightingScheme(created.id()), "name", name,
                "marginSet", Long.toString(margins.id()), "variables", "ward", "variables", "age_band",
                "missingAnswers", "REFUSE", "trimLower", "", "trimUpper", "", "minimumBase", "30",
                "merges", "ward: E05099005 + E05099006 = East\nage_band: 16-24 + 25-74 = 16+");
        assertEquals(303, changed.status(), changed.html());
        assertEquals(StaffRoutes.weightingScheme(created.id()), changed.location().orElseThrow());
        WeightingScheme saved = schemes.find(created.id()).orElseThrow();
        assertEquals(List.of("ward", "age_band"), saved.variables());
        assertEquals(RakingOptions.MissingAnswers.REFUSE, saved.missingAnswers());
        assertEquals(false, saved.rescaleTotals());
        assertNull(saved.trimLower());
        assertNull(saved.trimUpper());
        assertEquals(Set.of(new CategoryCollapse("ward", Set.of("E05099005", "E05099006"), "East"),
                new CategoryCollapse("age_band", Set.of("16-24", "25-74"), "16+")), Set.copyOf(saved.collapses()));
        assertTrue(browser.follow(changed).text().contains("Weighting scheme saved: " + name));
        assertTrue(audit.about("weighting_scheme", created.id()).stream()
                .anyMatch(e -> e.action().equals("weighting_scheme.changed")));

        StaffBrowser.Page marginsPage = browser.get(StaffRoutes.marginSet(margins.id()));
        assertEquals(StaffRoutes.weightingScheme(created.id()),
                marginsPage.document().selectFirst("a:containsOwn(" + name + ")").attr("href"), "used by");
    }

    @Test
    void errorsLinkToTheirFields_andEveryValueIsKept() {
        String name = MarginPagesTest.unique("Faulty");
        StaffBrowser.Page page = browser.postWithToken(StaffRoutes.ANALYSIS_NEW_SCHEME, "name", name,
                "marginSet", Long.toString(margins.id()), "variables", "ward", "variables", "sex",
                "rescaleTotals", "yes", "trimLower", "0.3", "trimUpper", "0.9", "minimumBase", "0",
                "merges", "ward: E05099004 + E05099005 = E05099004\nward E05099006");
        assertEquals(200, page.status());
        assertTrue(page.title().startsWith("Error: "), page.title());
        assertEquals(List.of("#missingAnswers", "#trimUpper", "#minimumBase", "#merges"),
                page.document().select(".govuk-error-summary__list a").eachAttr("href"));
        assertTrue(page.errors().get(3).startsWith("Line 2 of the merged categories: write each merge as"),
                page.errors().toString());
        Document document = page.document();
        assertEquals(name, document.getElementById("name").val());
        assertEquals(Long.toString(margins.id()), document.selectFirst("input[name=marginSet][checked]").val());
        assertEquals(List.of("ward", "sex"), document.select("input[name=variables][checked]").eachAttr("value"));
        assertTrue(document.getElementById("rescaleTotals").hasAttr("checked"));
        assertEquals("0.3", document.getElementById("trimLower").val());
        assertEquals("0.9", document.getElementById("trimUpper").val());
        assertEquals("0", document.getElementById("minimumBase").val());
        assertEquals("ward: E05099004 + E05099005 = E05099004\nward E05099006",
                document.getElementById("merges").val());
        assertTrue(schemes.all().stream().noneMatch(s -> s.name().equals(name)), "nothing saved");
        assertTrue(document.getElementById("missingAnswers").hasAttr("type"), "the summary's link has a target");
    }

    @Test
    void aNameInUseIsRefused_butAChangedSchemeMayKeepItsOwn() {
        WeightingScheme existing = schemes.create("test", new WeightingSchemes.Settings(
                MarginPagesTest.unique("Existing"), margins.id(), List.of("ward"), RakingOptions.MissingAnswers.REFUSE,
                false, null, null, 30, List.of()));
        StaffBrowser.Page page = browser.postWithToken(StaffRoutes.ANALYSIS_NEW_SCHEME, "name",
                existing.name().toUpperCase(), "marginSet", Long.toString(margins.id()), "variables", "ward",
                "missingAnswers", "REFUSE", "minimumBase", "30");
        assertEquals(List.of("Another weighting scheme is called " + existing.name().toUpperCase()
                + ": choose another name"), page.errors());
        StaffBrowser.Page kept = browser.postWithToken(StaffRoutes.weightingScheme(existing.id()), "name",
                existing.name(), "marginSet", Long.toString(margins.id()), "variables", "ward",
                "missingAnswers", "DROP", "minimumBase", "10");
        assertEquals(303, kept.status(), kept.html());
        assertEquals(10, schemes.find(existing.id()).orElseThrow().minimumBase());
    }

    @Test
    void anUnknownSchemeIsNotFound_andTheConsultationTeamIsRefused() {
        assertEquals(404, OwnConnection.getStatus(server.getURI(), browser, StaffRoutes.weightingScheme(999_999)));
        StaffAccount organiser = StaffFixtures.account(accounts, "organiser", Role.CONSULTATION);
        StaffBrowser other = new StaffBrowser(server.getURI());
        other.signIn(organiser.username(), StaffFixtures.PASSWORD);
        assertEquals(403, other.getOnce(StaffRoutes.ANALYSIS_NEW_SCHEME).status());
        assertEquals(403, other.postWithToken(StaffRoutes.ANALYSIS_NEW_SCHEME, "name", "x").status());
    }
}
