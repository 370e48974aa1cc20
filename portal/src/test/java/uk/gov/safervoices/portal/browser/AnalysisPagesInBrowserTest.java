package uk.gov.safervoices.portal.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.portal.staff.AnalysisFixtures;

import java.util.EnumSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysis pages in real Chromium, as an analyst uses them: the overview, weighting diagnostics, and results
 * chosen with the form (scheme, breakdown, an earlier consultation) with JavaScript on; axe-core finds no serious or
 * critical violation on any of them.
 */
@MicronautTest(transactional = false)
@ExtendWith(Chromium.class)
class AnalysisPagesInBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static Chromium.Browser browser;

    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject ResponseStore store;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;

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
    void anAnalystChoosesWhatToSeeAndEveryPageIsAccessible() {
        AnalysisFixtures.Seeded now = AnalysisFixtures.seed(consultations, questionnaires, store, marginSets, schemes,
                240, 11L);
        Consultation earlier = AnalysisFixtures.consultation(consultations, now.version(), "Last year's survey "
                + UUID.randomUUID().toString().substring(0, 6));
        AnalysisFixtures.respond(store, earlier, now.version(), 200, 12L);
        StaffAccount analyst = accounts.createWithPassword("test", "axe-analyst-" + UUID.randomUUID().toString()
                .substring(0, 8), "Ana Lyst", EnumSet.of(Role.ANALYST), PASSWORD);
        browser.driver().manage().deleteAllCookies();
        Resident staff = new Resident(browser.driver(), server.getURL().toString());
        staff.visit("/admin");
        staff.type("Username", analyst.username());
        staff.type("Password", PASSWORD);
        staff.press("Sign in");

        staff.followLink("Analysis");
        assertEquals("Analysis", staff.heading());
        audit.check(browser.driver(), "analysis overview");

        staff.visit("/admin/analysis/consultations/" + now.consultation().id() + "/weighting?scheme="
                + now.scheme().id());
        assertTrue(staff.bodyText().contains("Every margin met"), staff.bodyText());
        audit.check(browser.driver(), "weighting");
        Screenshots.take(browser.driver(), "analysis-weighting");

        staff.followLink("See the results");
        assertEquals("Results", staff.heading());
        staff.select("Break down by", "Ward");
        staff.select("Compare with an earlier consultation", earlier.title());
        staff.press("Show");
        assertTrue(staff.path().contains("/results"), staff.path());
        assertTrue(staff.bodyText().contains("How safe do you feel after dark? (by Ward)"), staff.bodyText());
        assertTrue(staff.bodyText().contains(earlier.title()), "the earlier wave's column");
        audit.check(browser.driver(), "results by ward against an earlier consultation");
        Screenshots.take(browser.driver(), "analysis-results");

        staff.followLink("Residents’ concerns, ranked");
        assertEquals("Residents’ concerns, ranked", staff.heading());
        assertTrue(staff.bodyText().contains("Is each concern really ahead of the next?"), staff.bodyText());
        assertTrue(staff.bodyText().contains("By Ward"), "the breakdown carried over from the results");
        audit.check(browser.driver(), "ranked concerns");
        Screenshots.take(browser.driver(), "analysis-concerns");

        audit.assertNoSeriousOrCritical();
    }
}
