package uk.gov.safervoices.portal.staff.crime;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.crime.CrimeImports;
import uk.gov.safervoices.portal.staff.StaffBrowser;
import uk.gov.safervoices.portal.staff.StaffFixtures;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.portal.staff.crime.CrimeFixtures.resource;

/**
 * Upload sizes: the crime import takes a year of police files (here up to 8 MB, set below; 64 MB by default), while
 * every other route, public or staff, keeps the site's 1 MB and answers a larger body with a page, not a crash.
 */
@MicronautTest(transactional = false)
@Property(name = "safervoices.crime.max-upload-size", value = "8MB")
class CrimeUploadSizeTest {
    static final String ROW = ",%s,Example Constabulary,Example Constabulary,-1.2,52.1,On or near High Street,"
            + "E01099001,Example 001A,Anti-social behaviour,,\r\n";

    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject CrimeFixtures fixtures;
    @Inject CrimeImports imports;

    private StaffBrowser analyst;

    @BeforeEach
    void signInAsAnalyst() {
        fixtures.empty();
        StaffAccount account = StaffFixtures.account(accounts, "size-analyst", Role.ANALYST);
        analyst = new StaffBrowser(server.getURI());
        analyst.signIn(account.username(), StaffFixtures.PASSWORD);
        StaffBrowser.Page lookup = analyst.postFiles(StaffRoutes.CRIME_LSOA_WARDS, "lsoaFile",
                Map.of("lsoa-wards.csv", resource("lsoa-wards.csv")));
        assertEquals(303, lookup.status(), lookup.html());
    }

    private static String monthOf(String month, int bytes) {
        String row = ROW.formatted(month);
        return CrimePagesTest.HEADER + "\r\n" + row.repeat(bytes / row.length());
    }

    @Test
    void aFiveMegabyteImportIsTaken() {
        String april = monthOf("2024-04", 2_600_000);
        String may = monthOf("2024-05", 2_600_000);
        assertTrue(april.length() + may.length() > 5_000_000);
        StaffBrowser.Page page = analyst.postFiles(StaffRoutes.CRIME_IMPORT, "files",
                Map.of("2024-04-example-street.csv", april, "2024-05-example-street.csv", may));
        assertEquals(303, page.status(), page.html());
        assertEquals(1, imports.all().size());
        assertEquals(april.split("\r\n").length - 1 + may.split("\r\n").length - 1, imports.all().get(0).rows());
    }

    @Test
    void filesOverTheCrimeLimitGetTheFormAgainWithAMessage() {
        StaffBrowser.Page page = analyst.postFiles(StaffRoutes.CRIME_IMPORT, "files",
                Map.of("big.csv", monthOf("2024-04", 9_000_000)));
        assertEquals(413, page.status(), page.html());
        assertEquals("The files are larger than this site accepts in one upload (8 MB): upload fewer months at a"
                + " time, or as ZIP files", page.errors().get(0));
        assertTrue(imports.all().isEmpty());
    }

    @Test
    void twoMegabytesToAPublicFormAreRefusedWithAPage() {
        StaffBrowser resident = new StaffBrowser(server.getURI());
        StaffBrowser.Page page = resident.postOnce("/consultations/community-safety-2026/resume", "csrfToken", "x",
                "email", "a".repeat(2_000_000));
        assertEquals(413, page.status(), page.html());
        assertEquals("Sorry, what you sent is too large", page.heading());
        assertTrue(page.text().contains("up to 1 MB"), page.text());
    }

    @Test
    void twoMegabytesToAnotherStaffUploadAreRefusedWithAPage() {
        StaffBrowser.Page page = analyst.postFiles(StaffRoutes.CRIME_LSOA_WARDS, "lsoaFile",
                Map.of("lsoa-wards.csv", "lsoa_code,ward_code\n" + "E01099001,E05099001\n".repeat(100_000)));
        assertEquals(413, page.status(), page.html());
        assertEquals("Sorry, what you sent is too large", page.heading());
    }
}
