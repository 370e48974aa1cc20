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
import uk.gov.safervoices.admin.analysis.core.CategoryCollapse;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.weighting.MarginCsv;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import java.util.EnumSet;
import java.util.List;
import java.time.Instant;
import java.time.LocalDate;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.Evidence;
import uk.gov.safervoices.admin.priority.MatrixEvidence;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.admin.priority.PriorityMatrices;
import java.util.Set;
import java.util.UUID;
import uk.gov.safervoices.portal.staff.AnalysisFixtures;
import uk.gov.safervoices.portal.staff.CodingFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core on the staff back office's pages, in real Chromium, including their error states: staff use assistive
 * technology too, and the Public Sector Bodies Accessibility Regulations cover intranet and back-office pages.
 * No violation of impact "serious" or "critical" is allowed.
 */
@MicronautTest(transactional = false)
@ExtendWith(Chromium.class)
class StaffAccessibilityTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static Chromium.Browser browser;

    @Inject
    EmbeddedServer server;
    @Inject
    StaffAccounts accounts;
    @Inject
    Questionnaires questionnaires;
    @Inject
    MarginSets marginSets;
    @Inject
    WeightingSchemes schemes;
    @Inject
    Decisions decisions;
    @Inject
    MatrixSettings matrixSettings;
    @Inject
    PriorityMatrices matrices;
    @Inject
    uk.gov.safervoices.admin.consultation.Consultations consultations;
    @Inject
    uk.gov.safervoices.admin.response.ResponseStore store;
    @Inject
    uk.gov.safervoices.admin.meeting.Meetings meetings;
    @Inject
    uk.gov.safervoices.admin.meeting.MeetingOutcomes outcomes;
    @Inject
    uk.gov.safervoices.admin.meeting.ResponsibleAuthorities authorities;

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
    void everyStaffPageTypeIncludingErrors() {
        String username = "axe-" + UUID.randomUUID().toString().substring(0, 8);
        StaffAccount administrator = accounts.createWithPassword("test", username, "Avery Axe",
                EnumSet.of(Role.ADMIN, Role.CONSULTATION, Role.ANALYST, Role.PARTNERSHIP), PASSWORD);
        browser.driver().manage().deleteAllCookies();
        Resident staff = new Resident(browser.driver(), server.getURL().toString());

        staff.visit("/admin");
        assertEquals("Sign in", staff.heading());
        check("sign-in");
        staff.type("Username", administrator.username());
        staff.type("Password", "not the password");
        staff.press("Sign in");
        assertTrue(staff.errorSummary().contains("Enter a correct username and password"), staff.errorSummary());
        check("sign-in with an error");

        staff.type("Username", administrator.username());
        staff.type("Password", PASSWORD);
        staff.press("Sign in");
        assertEquals("/admin", staff.path());
        check("dashboard");

        staff.visit("/admin/accounts");
        check("accounts");
        staff.visit("/admin/accounts/new");
        check("new account");
        staff.press("Create account");
        assertTrue(!staff.errorSummary().isBlank());
        check("new account with errors");

        staff.visit("/admin/accounts/" + administrator.id());
        check("one account");
        staff.visit("/admin/audit");
        check("audit log");
        staff.visit("/admin/password");
        check("change password");
        staff.press("Change password");
        assertTrue(!staff.errorSummary().isBlank());
        check("change password with errors");

        long shipped = questionnaires.latestPublished(questionnaires.findByKey("community-safety-survey")
                .orElseThrow().id()).orElseThrow().id();
        for (String page : new String[] {"/admin/questionnaires", "/admin/questionnaires/new",
                "/admin/questionnaires/import", "/admin/questionnaires/versions/" + shipped + "/preview",
                "/admin/questionnaires/versions/" + shipped + "/edit", "/admin/consultations",
                "/admin/consultations/new", "/admin/responses", "/admin/responses/export", "/admin/responses/enter",
                "/admin/responses/erase", "/admin/responses/invitations", "/admin/responses/retention"}) {
            staff.visit(page);
            assertEquals(page, staff.path());
            check(page);
        }
        staff.visit("/admin/consultations/new");
        staff.press("Create consultation");
        assertTrue(!staff.errorSummary().isBlank());
        check("new consultation with errors");

        MarginSet margins = marginSets.create("test", new MarginSets.Description("Axe margins " + username,
                "Example Borough", "ONS"), MarginCsv.read("variable,category,population\nward,E05099001,10\n"
                + "ward,E05099002,12\nsex,female,11\nsex,male,10\n").margins());
        long scheme = schemes.create("test", new WeightingSchemes.Settings("Axe scheme " + username, margins.id(),
                List.of("ward", "sex"), RakingOptions.MissingAnswers.DROP, true, 0.3, 3.0, 30, List.of(
                        new CategoryCollapse("ward", Set.of("E05099001", "E05099002"), "E05099001")))).id();
        staff.visit("/admin/analysis/margins/new");
        check("upload margins");
        staff.press("Upload margins");
        assertTrue(!staff.errorSummary().isBlank());
        check("upload margins with errors");
        staff.type("Or paste the figures", "variable,category,population\nward,E05099001,many\n");
        staff.press("Upload margins");
        assertTrue(staff.errorSummary().contains("is not a number"), staff.errorSummary());
        check("upload margins with problems in the figures");
        staff.visit("/admin/analysis/margins/" + margins.id());
        check("margin set (totals differ)");
        staff.visit("/admin/analysis/schemes/new");
        check("new weighting scheme");
        staff.press("Create weighting scheme");
        assertTrue(!staff.errorSummary().isBlank());
        check("new weighting scheme with errors");
        staff.visit("/admin/analysis/schemes/" + scheme);
        check("weighting scheme");

        staff.visit("/admin/concerns");
        check("concerns");
        staff.visit("/admin/concerns/new");
        check("add a concern");
        staff.type("Code", "Not A Code");
        staff.press("Add concern");
        assertTrue(staff.errorSummary().contains("lower case letters"), staff.errorSummary());
        check("add a concern with errors");
        staff.visit("/admin/concerns/asb/edit");
        check("change a concern");
        staff.type("Name", " ");
        staff.press("Save changes");
        assertTrue(!staff.errorSummary().isBlank());
        check("change a concern with errors");

        staff.visit("/admin/priorities");
        check("priorities");
        staff.visit("/admin/priorities/new");
        check("record priorities");
        staff.press("Record these priorities");
        assertTrue(!staff.errorSummary().isBlank());
        check("record priorities with errors");
        long consultation = consultations.all().get(0).id();
        long decision = decisions.record("test", new Decisions.NewDecision("2031-32", "Partnership board",
                LocalDate.of(2031, 3, 12), consultation, List.of(new Decisions.Priority("asb", "First concern")),
                new Evidence("Survey", "Top three?", "Scheme", 1200, 1100, 500, 1, "1/1/1", Instant.now(), List.of(
                        new Evidence.ConcernEvidence("asb", "Anti-social behaviour", 1, 1.1, 1.0, 1.2, 0.5, 0.45,
                                0.55, 540, 0.99, 1, 2)))));
        staff.visit("/admin/priorities/" + decision);
        check("a decision with its evidence");
        staff.visit("/admin/priorities/" + decision + "/supersede");
        check("supersede a decision");

        String year = MatrixSettings.planYear(3000 + (int) Math.floorMod(System.nanoTime(), 5000L));
        staff.visit("/admin/priorities/matrix");
        check("priority matrix plan years");
        staff.visit("/admin/priorities/matrix/" + year + "/settings");
        check("matrix evidence and weights");
        staff.press("Save and see the matrix");
        check("matrix with nothing to rank");
        staff.visit("/admin/priorities/matrix/" + year + "/criteria/new");
        check("add a criterion");
        staff.press("Save and see the matrix");
        assertTrue(!staff.errorSummary().isBlank());
        check("add a criterion with errors");
        String capacity = matrixSettings.addCriterion("test", year, 1, "Capacity to act", "Workshop", true, 2);
        matrixSettings.updateCriterion("test", year, 2, capacity, "Capacity to act", "Workshop", true,
                java.util.Map.of("asb", 4.0, "burglary", 2.0, "speeding", 5.0));
        String intelligence = matrixSettings.addCriterion("test", year, 3, "Partners' intelligence", "", true, 1);
        matrixSettings.updateCriterion("test", year, 4, intelligence, "Partners' intelligence", "", true,
                java.util.Map.of("asb", 1.0, "burglary", 3.0));
        staff.visit("/admin/priorities/matrix/" + year);
        check("priority matrix: table, heat map and grid");
        staff.visit("/admin/priorities/matrix/" + year + "/criteria/" + capacity);
        check("a criterion and its scores");
        long withMatrix = decisions.record("test", new Decisions.NewDecision(year, "Partnership board",
                LocalDate.of(2031, 3, 12), consultation, List.of(new Decisions.Priority("asb", "First concern")),
                new Evidence("Survey", "Top three?", "Scheme", 1200, 1100, 500, 1, "1/1/1", Instant.now(), List.of())
                        .withMatrix(MatrixEvidence.of(matrices.report(year).orElseThrow()).orElseThrow())));
        staff.visit("/admin/priorities/" + withMatrix);
        check("a decision with the matrix frozen");

        staff.visit("/admin/plan");
        check("plan summaries");
        staff.visit("/admin/plan/" + year);
        check("plan summary draft");
        staff.type("Led by", "Police");
        staff.press("Save draft");
        assertTrue(!staff.errorSummary().isBlank());
        check("plan summary draft with errors");
        staff.visit("/admin/plan/" + year + "/preview");
        check("plan summary preview");
        staff.visit("/admin/engagement");
        check("engagement record, this plan year");
        staff.visit("/admin/engagement/" + year);
        check("engagement record with a decision");

        AnalysisFixtures.Seeded coded = CodingFixtures.seed(consultations, questionnaires, store, marginSets,
                schemes, 40, 21L);
        String coding = "/admin/analysis/consultations/" + coded.consultation().id() + "/coding";
        staff.visit(coding);
        assertEquals("Code residents’ own words", staff.heading());
        check("free-text coding");
        staff.press("Add it to every answer with the word");
        assertTrue(!staff.errorSummary().isBlank());
        check("free-text coding with errors");
        staff.type("Word", "lights");
        staff.select("Code to add", "Burglary");
        staff.press("Add it to every answer with the word");
        check("free-text coding, every answer coded");
        staff.visit(coding + "?question=comments&show=all");
        staff.type("Word", "rubbish");
        staff.select("Code to add", "Fly-tipping");
        staff.press("Add it to every answer with the word");
        check("free-text coding, open answers coded");
        staff.visit("/admin/analysis/consultations/" + coded.consultation().id() + "/concerns?scheme="
                + coded.scheme().id());
        assertTrue(staff.bodyText().contains("Raised in residents’ own words"), staff.bodyText());
        check("ranked concerns with coded free text");
        staff.visit(coding);
        staff.type("Name", "Street lighting");
        staff.press("Add the theme");
        staff.visit(coding + "/themes");
        check("coding themes");
        staff.visit(coding + "/themes/street_lighting");
        assertEquals("Street lighting", staff.heading());
        check("a coding theme");
        staff.press("Merge the theme");
        assertTrue(!staff.errorSummary().isBlank());
        check("a coding theme with errors");

        audit.assertNoSeriousOrCritical();
    }

    @Test
    void meetingPagesIncludingErrors() {
        String username = "axe-meetings-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithPassword("test", username, "Morgan Meetings", EnumSet.of(Role.CONSULTATION), PASSWORD);
        browser.driver().manage().deleteAllCookies();
        Resident staff = new Resident(browser.driver(), server.getURL().toString());
        staff.visit("/admin/sign-in");
        staff.type("Username", username);
        staff.type("Password", PASSWORD);
        staff.press("Sign in");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        var discussed = TestMeetings.discussed(meetings, outcomes, authorities, "Staff axe meeting " + suffix);

        staff.visit("/admin/meetings");
        check("meetings list");
        staff.press("Create a meeting");
        check("new meeting form");
        staff.press("Save the meeting");
        assertTrue(staff.errorSummary().contains("Enter the meeting's title"), staff.errorSummary());
        check("new meeting form with errors");
        staff.visit("/admin/meetings/" + discussed.id());
        check("meeting page (recorded, discussion published)");
        staff.visit("/admin/meetings/" + discussed.id() + "/edit");
        check("edit meeting form");
        staff.visit("/admin/meetings/" + discussed.id() + "/registrations");
        check("registrations");
        staff.visit("/admin/meetings/" + discussed.id() + "/record");
        check("record form");
        staff.type("How many residents came", "lots");
        staff.press("Save the record");
        assertTrue(staff.errorSummary().contains("Enter how many residents came"), staff.errorSummary());
        check("record form with an error");
        staff.visit("/admin/meetings/" + discussed.id() + "/cancel");
        staff.press("Cancel the meeting");
        check("cancel meeting form with an error");
        String council = "Axe council " + suffix;
        long retiring = authorities.add("test", "council", council);
        staff.visit("/admin/meetings/authorities/" + retiring + "/retire");
        check("retire an authority");
        staff.press("Retire " + council);
        assertTrue(staff.heading().equals("Responsible authorities"), staff.heading());
        check("responsible authorities, one just retired");

        audit.assertNoSeriousOrCritical();
    }

    private void check(String page) {
        audit.check(browser.driver(), page);
    }
}
