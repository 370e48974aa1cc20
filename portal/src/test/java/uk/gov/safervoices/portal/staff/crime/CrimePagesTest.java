package uk.gov.safervoices.portal.staff.crime;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.crime.CrimeImports;
import uk.gov.safervoices.admin.crime.CrimeMappings;
import uk.gov.safervoices.admin.crime.CrimeTypeSetting;
import uk.gov.safervoices.portal.staff.StaffBrowser;
import uk.gov.safervoices.portal.staff.StaffFixtures;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.portal.staff.crime.CrimeFixtures.resource;

/** The police recorded crime pages: the lookup, importing many files at once, the indicators, the mappings. */
@MicronautTest(transactional = false)
class CrimePagesTest {
    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
            + "LSOA name,Crime type,Last outcome category,Context";

    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject CrimeFixtures fixtures;
    @Inject CrimeImports imports;
    @Inject CrimeMappings mappings;
    @Inject AuditLog audit;

    private StaffBrowser analyst;

    @BeforeEach
    void signInAsAnalyst() {
        fixtures.empty();
        StaffAccount account = StaffFixtures.account(accounts, "crime-analyst", Role.ANALYST);
        analyst = new StaffBrowser(server.getURI());
        analyst.signIn(account.username(), StaffFixtures.PASSWORD);
    }

    private static Map<String, String> twoMonths() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("2024-04-example-street.csv", resource("2024-04-example-street.csv"));
        files.put("2024-05-example-street.csv", resource("2024-05-example-street.csv"));
        return files;
    }

    private void uploadLookup() {
        StaffBrowser.Page posted = analyst.postFiles(StaffRoutes.CRIME_LSOA_WARDS, "lsoaFile",
                Map.of("lsoa-wards.csv", resource("lsoa-wards.csv")));
        assertEquals(303, posted.status(), posted.html());
        assertTrue(analyst.follow(posted).text().contains("LSOA to ward lookup replaced: 3 LSOAs"));
    }

    @Test
    void anAnalystUploadsTheLookup_importsTwoMonthsAtOnce_andSeesTheIndicators() {
        uploadLookup();
        StaffBrowser.Page form = analyst.get(StaffRoutes.CRIME_IMPORT);
        assertEquals("Import police recorded crime", form.heading());
        assertTrue(form.text().contains("replaces that month's figures"), "says a month imported again is replaced");
        assertEquals("multipart/form-data", form.document().selectFirst("form[action=" + StaffRoutes.CRIME_IMPORT + "]").attr("enctype"));
        assertTrue(form.document().selectFirst("input[type=file]").hasAttr("multiple"));
        assertEquals(1, form.document().select("form[action=" + StaffRoutes.CRIME_IMPORT + "] input[name=csrfToken]").size());

        StaffBrowser.Page posted = analyst.postFiles(StaffRoutes.CRIME_IMPORT, "files", twoMonths());
        assertEquals(303, posted.status(), posted.html());
        assertEquals(StaffRoutes.CRIME, posted.location().orElseThrow());
        StaffBrowser.Page page = analyst.follow(posted);
        assertTrue(page.text().contains("Imported 9 rows for 2024-04 to 2024-05. 2 rows were outside the partnership's"
                + " area or had no LSOA in the lookup."), page.text());
        assertEquals("2024/25 has 2 of 12 months of data and 2023/24 has 0: volumes and changes cover only those"
                + " months.", page.document().selectFirst(".govuk-warning-text__text").ownText().strip());
        assertEquals(List.of("Anti-social behaviour 3 No data 3", "Burglary 2 No data 160",
                "Drug dealing and drug use 1 No data 30", "Knife crime 1 No data 100"),
                page.document().select("#indicators tbody tr").eachText());

        StaffBrowser.Page withPopulation = analyst.get(StaffRoutes.CRIME + "?year=2024&population=2%2C000");
        assertEquals("Anti-social behaviour 3 1.50 No data 3", withPopulation.document()
                .selectFirst("#indicators tbody tr").text());
        assertTrue(withPopulation.text().contains("(population 2,000)"));
        assertEquals(1, page.document().select("#imports tbody tr").size());

        StaffBrowser.Page again = analyst.follow(analyst.postFiles(StaffRoutes.CRIME_IMPORT, "files",
                Map.of("2024-05-example-street.csv", resource("2024-05-example-street.csv"))));
        assertTrue(again.text().contains("Replaced the figures imported before for 2024-05."), again.text());
        assertEquals("Anti-social behaviour 3 No data 3", again.document().selectFirst("#indicators tbody tr").text());
    }

    @Test
    void unreadableRowsAreListedByFileAndLine_andNothingIsImported() {
        Map<String, String> files = twoMonths();
        files.put("2024-06-example-street.csv", HEADER + "\r\n,2024-06,Example,Example,,,,E01099001,,Drugs,,\r\n"
                + ",June,Example,Example,,,,E01099001,,Drugs,,\r\n,2024-06,Example,Example,,,,E01099001,,Drugs\r\n");
        StaffBrowser.Page page = analyst.postFiles(StaffRoutes.CRIME_IMPORT, "files", files);
        assertEquals(200, page.status());
        assertTrue(page.title().startsWith("Error: "), page.title());
        assertEquals(List.of("2024-06-example-street.csv, line 3: Month \"June\" is not a month in the form YYYY-MM"
                + " (e.g. 2024-04)", "2024-06-example-street.csv, line 4: Expected 12 fields, found 10"), page.errors());
        assertEquals(List.of("2024-06-example-street.csv 3 Month \"June\" is not a month in the form YYYY-MM"
                + " (e.g. 2024-04)", "2024-06-example-street.csv 4 Expected 12 fields, found 10"),
                page.document().select("#file-problems tbody tr").eachText());
        assertTrue(imports.all().isEmpty(), "nothing imported");
    }

    @Test
    void noFileIsAskedFor_andMarkupInFileNamesIsEscaped() {
        StaffBrowser.Page empty = analyst.postWithToken(StaffRoutes.CRIME_IMPORT);
        assertEquals(List.of("Choose one or more street-level CSV files from data.police.uk, or a ZIP of them"),
                empty.errors());
        StaffBrowser.Page page = analyst.postFiles(StaffRoutes.CRIME_IMPORT, "files",
                Map.of("<b>x</b>.csv", HEADER + "\n,bad,F,F,,,,,,Drugs,,\n"));
        assertTrue(page.html().contains("&lt;b&gt;x&lt;/b&gt;.csv"), "escaped");
        assertTrue(page.document().select("#file-problems b").isEmpty());
    }

    @Test
    void anUploadWithoutTheFormsTokenIsRefused() {
        StaffBrowser.Page page = analyst.postMultipart(StaffRoutes.CRIME_IMPORT, "files",
                "2024-04-example-street.csv", resource("2024-04-example-street.csv"), "csrfToken", "forged");
        assertEquals(403, page.status());
        assertEquals("Sorry, we could not accept that form", page.heading());
        assertTrue(imports.all().isEmpty());
    }

    @Test
    void crimeTypeMappingsAreEdited_checked_andAudited() {
        StaffBrowser.Page page = analyst.get(StaffRoutes.CRIME_MAPPINGS);
        assertEquals("Crime mappings", page.heading());
        int rows = page.document().select("#crime-types tbody tr").size();
        assertEquals(14, rows);
        String[] fields = new String[rows * 6 + 2];
        List<CrimeTypeSetting> before = mappings.crimeTypes();
        for (int i = 0; i < rows; i++) {
            CrimeTypeSetting setting = before.get(i);
            fields[i * 6] = "type-" + i;
            fields[i * 6 + 1] = setting.crimeType();
            fields[i * 6 + 2] = "concern-" + i;
            fields[i * 6 + 3] = setting.concernCode() == null ? "" : setting.concernCode();
            fields[i * 6 + 4] = "harm-" + i;
            fields[i * 6 + 5] = setting.crimeType().equals("Shoplifting") ? "lots" : "7";
        }
        fields[rows * 6] = "source";
        fields[rows * 6 + 1] = "Test harm index";
        StaffBrowser.Page bad = analyst.postWithToken(StaffRoutes.CRIME_MAPPINGS, fields);
        assertEquals(200, bad.status());
        assertEquals(List.of("Enter the harm weight of Shoplifting as a number, 0 or more"), bad.errors());
        assertEquals(before, mappings.crimeTypes(), "nothing saved");

        for (int i = 0; i < rows; i++) {
            fields[i * 6 + 5] = Double.toString(before.get(i).harmWeight());
        }
        int burglary = before.stream().map(CrimeTypeSetting::crimeType).toList().indexOf("Burglary");
        fields[burglary * 6 + 5] = "95";
        StaffBrowser.Page saved = analyst.postWithToken(StaffRoutes.CRIME_MAPPINGS, fields);
        assertEquals(303, saved.status(), saved.html());
        assertTrue(analyst.follow(saved).text().contains("Crime type mappings saved"));
        CrimeTypeSetting after = mappings.crimeTypes().get(burglary);
        assertEquals(95, after.harmWeight());
        assertEquals("Test harm index", after.harmSource());
        assertTrue(audit.about("crime_type", "Burglary").stream().anyMatch(e -> e.afterValue().contains("95")));
        mappings.saveCrimeTypes("test", before);
    }

    @Test
    void partnershipMembersReadTheMappingsWithoutAForm() {
        StaffAccount member = StaffFixtures.account(accounts, "crime-member", Role.PARTNERSHIP);
        StaffBrowser browser = new StaffBrowser(server.getURI());
        browser.signIn(member.username(), StaffFixtures.PASSWORD);
        StaffBrowser.Page page = browser.get(StaffRoutes.CRIME_MAPPINGS);
        assertEquals(200, page.status());
        assertTrue(page.document().select("form").stream().noneMatch(f -> f.attr("method").equals("post")
                && !f.attr("action").equals(StaffRoutes.SIGN_OUT)), "no form to change anything");
        assertTrue(page.document().select("#crime-types tbody tr").first().text().startsWith("Anti-social behaviour"));
        StaffBrowser.Page overview = browser.get(StaffRoutes.CRIME);
        assertTrue(overview.document().select("a[href=" + StaffRoutes.CRIME_IMPORT + "]").isEmpty());
    }
}
