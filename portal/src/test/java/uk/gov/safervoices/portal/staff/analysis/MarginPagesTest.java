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
import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.weighting.MarginCsv;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.portal.staff.StaffBrowser;
import uk.gov.safervoices.portal.staff.StaffFixtures;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploading population margins (pasted or as a file), seeing them, and replacing their figures. */
@MicronautTest(transactional = false)
class MarginPagesTest {
    static final String CSV = """
            variable,category,population
            ward,E05099001,10250
            ward,E05099002,9800
            sex,female,10150
            sex,male,"9,900"
            """;

    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject MarginSets marginSets;
    @Inject AuditLog audit;

    private StaffBrowser browser;

    @BeforeEach
    void signInAsAnalyst() {
        StaffAccount analyst = StaffFixtures.account(accounts, "analyst", Role.ANALYST);
        browser = new StaffBrowser(server.getURI());
        browser.signIn(analyst.username(), StaffFixtures.PASSWORD);
    }

    @Test
    void pastedFiguresAreSaved_andTheSetsPageShowsThemWithTheirTotals() {
        StaffBrowser.Page form = browser.get(StaffRoutes.ANALYSIS_NEW_MARGINS);
        assertEquals(200, form.status());
        assertEquals("Upload population margins", form.heading());
        assertEquals(StaffRoutes.ANALYSIS, form.document().selectFirst(".govuk-back-link").attr("href"));
        assertTrue(form.text().contains("E05099001"), "the hint shows an example");

        String name = unique("Pasted");
        StaffBrowser.Page posted = browser.postWithToken(StaffRoutes.ANALYSIS_NEW_MARGINS, "name", name,
                "area", "Example Borough", "source", "ONS mid-2024 population estimates", "csv", CSV);
        assertEquals(303, posted.status(), posted.html());
        MarginSet saved = byName(name).orElseThrow();
        assertEquals(StaffRoutes.marginSet(saved.id()), posted.location().orElseThrow());
        assertEquals(List.of("ward", "sex"), saved.variables());
        assertEquals(9900, saved.margin("sex").orElseThrow().population("male").orElseThrow());

        StaffBrowser.Page page = browser.follow(posted);
        assertEquals(name, page.heading());
        assertTrue(page.text().contains("Population margins uploaded: " + name), page.text());
        assertTrue(page.text().contains("ONS mid-2024 population estimates"));
        assertEquals(List.of("E05099001 10,250", "E05099002 9,800"),
                page.document().select("#margin-ward tbody tr").eachText());
        assertEquals("Total 20,050", page.document().selectFirst("#margin-ward tfoot tr").text());
        assertEquals("Total 20,050", page.document().selectFirst("#margin-sex tfoot tr").text());
        assertTrue(page.document().select(".govuk-warning-text").isEmpty(), "the totals agree");
    }

    @Test
    void anUploadedFileIsReadToo_andDifferingTotalsAreWarnedOf() {
        String name = unique("Uploaded");
        String csv = CSV.replace("ward,E05099002,9800", "ward,E05099002,9500");
        StaffBrowser.Page posted = browser.postMultipart(StaffRoutes.ANALYSIS_NEW_MARGINS, "file", "borough.csv",
                csv, "csrfToken", browser.csrfToken(), "name", name, "area", "Example Borough", "source", "ONS",
                "csv", "");
        assertEquals(303, posted.status(), posted.html());
        StaffBrowser.Page page = browser.follow(posted);
        assertEquals(name, page.heading());
        assertEquals("! Warning The totals differ: ward 19,750, sex 20,050. Weighting will refuse these margins "
                + "unless the scheme rescales them.", page.document().selectFirst(".govuk-warning-text").text());
    }

    @Test
    void aBadFileListsItsProblemsByLine_keepsWhatWasTyped_andSavesNothing() {
        String name = unique("Broken");
        String broken = "variable,category,population\nward,E05099001,lots\nWard,E05099002,10\nsex,female,5\n"
                + "sex,female,6\n";
        StaffBrowser.Page page = browser.postWithToken(StaffRoutes.ANALYSIS_NEW_MARGINS, "name", name,
                "area", "Example Borough", "source", "ONS", "csv", broken);

        assertEquals(200, page.status());
        assertTrue(page.title().startsWith("Error: "), page.title());
        Document document = page.document();
        List<String> rows = document.select("#csv-problems tbody tr").eachText();
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("2 population \"lots\" is not a number"), rows.toString());
        assertTrue(rows.get(1).startsWith("3 variable \"Ward\" is not a variable id"), rows.toString());
        assertTrue(rows.get(2).startsWith("5 category \"female\" is listed twice for sex"), rows.toString());
        assertTrue(page.errors().contains("Line 2, column population: \"lots\" is not a number"),
                page.errors().toString());
        assertEquals(name, document.getElementById("name").val());
        assertEquals(broken, document.getElementById("csv").wholeText());
        assertTrue(byName(name).isEmpty(), "nothing saved");
    }

    @Test
    void anUploadedFileWithProblemsComesBackInTheTextBox() {
        String name = unique("Header");
        StaffBrowser.Page page = browser.postMultipart(StaffRoutes.ANALYSIS_NEW_MARGINS, "file", "wrong.csv",
                "ward,population\nE05099001,10\n", "csrfToken", browser.csrfToken(), "name", name, "area", "A",
                "source", "S", "csv", "");
        assertEquals(200, page.status());
        assertTrue(page.document().selectFirst("#csv-problems caption").text().contains("wrong.csv"));
        assertEquals("ward,population\nE05099001,10\n", page.document().getElementById("csv").wholeText());
        assertTrue(page.text().contains("The text of wrong.csv is below"));
        assertTrue(byName(name).isEmpty());
    }

    @Test
    void anEmptyFormNamesEveryMissingField() {
        StaffBrowser.Page page = browser.postWithToken(StaffRoutes.ANALYSIS_NEW_MARGINS);
        assertEquals(200, page.status());
        assertEquals(List.of("Enter a name for these margins", "Enter the area the figures cover",
                "Enter where the figures come from", "Choose a CSV file of population figures, or paste its text"),
                page.errors());
        assertEquals(List.of("#name", "#area", "#source", "#file"),
                page.document().select(".govuk-error-summary__list a").eachAttr("href"));
        StaffBrowser.Page multipart = browser.postMultipart(StaffRoutes.ANALYSIS_NEW_MARGINS, "file", "", "",
                "csrfToken", browser.csrfToken());
        assertEquals(page.errors(), multipart.errors());
    }

    @Test
    void aNameInUseIsRefused() {
        MarginSet existing = create(unique("Taken"));
        StaffBrowser.Page page = browser.postWithToken(StaffRoutes.ANALYSIS_NEW_MARGINS, "name", existing.name(),
                "area", "Elsewhere", "source", "ONS", "csv", CSV);
        assertEquals(200, page.status());
        assertEquals(List.of("Other margins are called " + existing.name() + ": choose another name"), page.errors());
        assertEquals(1, marginSets.all().stream().filter(s -> s.name().equals(existing.name())).count());
        assertEquals("Elsewhere", page.document().getElementById("area").val());
    }

    @Test
    void replacingTheFiguresKeepsTheIdChangesTheFigures_andIsAudited() {
        MarginSet set = create(unique("Replaced"));
        StaffBrowser.Page page = browser.get(StaffRoutes.marginSet(set.id()));
        assertEquals(200, page.status());
        assertEquals(set.name(), page.document().getElementById("name").val(), "the description is filled in");
        assertEquals("", page.document().getElementById("csv").val());

        String newName = set.name() + " revised";
        StaffBrowser.Page posted = browser.postMultipart(StaffRoutes.marginSet(set.id()), "file", "revised.csv",
                CSV.replace("10250", "11000"), "csrfToken", browser.csrfToken(), "name", newName, "area",
                "Example Borough", "source", "ONS mid-2025", "csv", "");
        assertEquals(303, posted.status(), posted.html());
        assertEquals(StaffRoutes.marginSet(set.id()), posted.location().orElseThrow());
        MarginSet replaced = marginSets.find(set.id()).orElseThrow();
        assertEquals(newName, replaced.name());
        assertEquals("ONS mid-2025", replaced.source());
        assertEquals(11000, replaced.margin("ward").orElseThrow().population("E05099001").orElseThrow());
        assertTrue(browser.follow(posted).text().contains("Figures replaced: " + newName));
        List<AuditEvent> events = audit.about("margin_set", set.id());
        assertTrue(events.stream().anyMatch(e -> e.action().equals("margins.replaced")), events.toString());

        StaffBrowser.Page pasted = browser.postWithToken(StaffRoutes.marginSet(set.id()), "name", newName,
                "area", "Example Borough", "source", "ONS mid-2025", "csv", CSV);
        assertEquals(303, pasted.status(), pasted.html());
        assertEquals(10250, marginSets.find(set.id()).orElseThrow().margin("ward").orElseThrow()
                .population("E05099001").orElseThrow());
    }

    @Test
    void aReplacementWithProblemsChangesNothing() {
        MarginSet set = create(unique("Kept"));
        MarginSet other = create(unique("Other"));
        StaffBrowser.Page page = browser.postWithToken(StaffRoutes.marginSet(set.id()), "name", other.name(),
                "area", "Example Borough", "source", "ONS", "csv", "variable,category,population\nward,A,-1\n");
        assertEquals(200, page.status());
        assertEquals(set.name(), page.heading());
        assertEquals(List.of("Other margins are called " + other.name() + ": choose another name",
                "Line 2, column population: The population must be zero or more"), page.errors());
        assertEquals(set.margins(), marginSets.find(set.id()).orElseThrow().margins());
        assertEquals(set.name(), marginSets.find(set.id()).orElseThrow().name());
    }

    @Test
    void anUnknownSetIsNotFound() {
        assertEquals(404, OwnConnection.getStatus(server.getURI(), browser, StaffRoutes.marginSet(999_999)));
    }

    @Test
    void theConsultationTeamMayNotUseThesePages() {
        StaffAccount organiser = StaffFixtures.account(accounts, "organiser", Role.CONSULTATION);
        StaffBrowser other = new StaffBrowser(server.getURI());
        other.signIn(organiser.username(), StaffFixtures.PASSWORD);
        MarginSet set = create(unique("Private"));
        assertEquals(403, other.getOnce(StaffRoutes.ANALYSIS_NEW_MARGINS).status());
        assertEquals(403, other.getOnce(StaffRoutes.marginSet(set.id())).status());
        String name = unique("Sneaky");
        assertEquals(403, other.postWithToken(StaffRoutes.ANALYSIS_NEW_MARGINS, "name", name, "area", "A",
                "source", "S", "csv", CSV).status());
        assertTrue(byName(name).isEmpty());
    }

    private MarginSet create(String name) {
        List<Margin> margins = MarginCsv.read(CSV).margins();
        return marginSets.create("test", new MarginSets.Description(name, "Example Borough", "ONS"), margins);
    }

    private Optional<MarginSet> byName(String name) {
        return marginSets.all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
