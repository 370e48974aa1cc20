package uk.gov.safervoices.portal.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.portal.staff.crime.CrimeFixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The police recorded crime pages in real Chromium, as an analyst uses them: the lookup uploaded, two months'
 * files chosen at once in the file picker and imported, a broken file refused, the indicators and the mappings
 * (with an error); axe-core finds no serious or critical violation on any of them.
 */
@MicronautTest(transactional = false)
@ExtendWith(Chromium.class)
class CrimePagesInBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static Chromium.Browser browser;

    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject CrimeFixtures fixtures;

    private final AccessibilityAudit audit = new AccessibilityAudit();

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAnalystImportsCrimeAndEveryPageIsAccessible() throws IOException {
        fixtures.empty();
        Path folder = Files.createTempDirectory("crime");
        Path lookup = write(folder, "lsoa-wards.csv");
        Path april = write(folder, "2024-04-example-street.csv");
        Path may = write(folder, "2024-05-example-street.csv");
        Path broken = Files.writeString(folder.resolve("2024-06-broken-street.csv"), CrimeFixtures.resource(
                "2024-05-example-street.csv").replace("2024-05,", "May 2024,"), StandardCharsets.UTF_8);
        StaffAccount analyst = accounts.createWithPassword("test", "axe-crime-" + UUID.randomUUID().toString()
                .substring(0, 8), "Cri Analyst", EnumSet.of(Role.ANALYST), PASSWORD);
        browser.driver().manage().deleteAllCookies();
        Resident staff = new Resident(browser.driver(), server.getURL().toString());
        staff.visit("/admin");
        staff.type("Username", analyst.username());
        staff.type("Password", PASSWORD);
        staff.press("Sign in");

        staff.followLink("Analysis");
        staff.followLink("Police recorded crime");
        assertEquals("Police recorded crime", staff.heading());
        audit.check(browser.driver(), "police recorded crime, nothing imported");

        staff.followLink("Mappings");
        assertEquals("Crime mappings", staff.heading());
        audit.check(browser.driver(), "crime mappings");
        staff.press("Upload lookup");
        assertTrue(staff.errorSummary().contains("Choose a CSV file of LSOA and ward codes"), staff.errorSummary());
        audit.check(browser.driver(), "crime mappings with an error");
        browser.driver().findElement(By.id("lsoaFile")).sendKeys(lookup.toString());
        staff.press("Upload lookup");
        assertTrue(staff.bodyText().contains("LSOA to ward lookup replaced: 3 LSOAs"), staff.bodyText());

        staff.visit("/admin/analysis/crime/import");
        audit.check(browser.driver(), "import police recorded crime");
        staff.press("Import");
        assertTrue(staff.errorSummary().contains("Choose one or more"), staff.errorSummary());
        audit.check(browser.driver(), "import with no files");
        browser.driver().findElement(By.id("files")).sendKeys(april + "\n" + broken);
        staff.press("Import");
        assertTrue(staff.errorSummary().contains("2024-06-broken-street.csv, line 2: Month \"May 2024\""),
                staff.errorSummary());
        audit.check(browser.driver(), "import with unreadable rows");

        browser.driver().findElement(By.id("files")).sendKeys(april + "\n" + may);
        staff.press("Import");
        assertEquals("/admin/analysis/crime", staff.path());
        assertTrue(staff.bodyText().contains("Imported 9 rows for 2024-04 to 2024-05"), staff.bodyText());
        staff.type("Or enter the population", "2000");
        staff.press("Show");
        assertTrue(staff.bodyText().contains("Crime indicators, 2024/25 (population 2,000)"), staff.bodyText());
        audit.check(browser.driver(), "crime indicators");
        Screenshots.take(browser.driver(), "crime-indicators");
        staff.type("Or enter the population", "many");
        staff.press("Show");
        assertTrue(staff.errorSummary().contains("Enter the population as a number"), staff.errorSummary());
        audit.check(browser.driver(), "crime indicators with an error");

        audit.assertNoSeriousOrCritical();
    }

    private static Path write(Path folder, String name) throws IOException {
        return Files.writeString(folder.resolve(name), CrimeFixtures.resource(name), StandardCharsets.UTF_8);
    }
}
