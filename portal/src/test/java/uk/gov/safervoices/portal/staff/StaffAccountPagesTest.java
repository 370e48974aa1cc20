package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator managing accounts through the pages, and the audit log that records it. */
@MicronautTest(transactional = false)
class StaffAccountPagesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject AuditLog audit;

    private StaffAccount admin;
    private StaffBrowser browser;

    @BeforeEach
    void signInAsAdministrator() {
        admin = StaffFixtures.account(accounts, "administrator", Role.ADMIN);
        browser = new StaffBrowser(server.getURI());
        browser.signIn(admin.username(), StaffFixtures.PASSWORD);
    }

    @Test
    void aNewAccountsOneTimePasswordIsShownOnceWorksOnceAndMustBeChanged() {
        String username = StaffFixtures.uniqueUsername("recruit");
        StaffBrowser.Page form = browser.get(StaffRoutes.NEW_ACCOUNT);
        assertEquals("Create an account", form.heading());
        assertEquals(4, form.document().select("input[name=roles]").size());

        StaffBrowser.Page posted = browser.postWithToken(StaffRoutes.NEW_ACCOUNT, "displayName", "Jo Recruit",
                "username", username, "roles", "CONSULTATION", "roles", "ANALYST");
        assertEquals(303, posted.status());
        StaffAccount created = accounts.find(username).orElseThrow();
        assertEquals(StaffRoutes.account(created.id()), posted.location().orElseThrow());
        assertEquals(EnumSet.of(Role.CONSULTATION, Role.ANALYST), created.roleSet());
        assertTrue(created.mustChangePassword());

        StaffBrowser.Page shown = browser.get(posted.location().get());
        Element password = shown.document().selectFirst("#one-time-password .sv-one-time-password");
        assertNotNull(password, shown.html());
        String oneTimePassword = password.text();
        assertEquals(20, oneTimePassword.length());
        assertTrue(shown.text().contains("Account created for Jo Recruit"));
        StaffBrowser.Page again = browser.get(posted.location().get());
        assertNull(again.document().selectFirst("#one-time-password"), "shown once only");
        assertFalse(again.html().contains(oneTimePassword));

        StaffBrowser recruit = new StaffBrowser(server.getURI());
        assertEquals(StaffRoutes.PASSWORD, recruit.signIn(username, oneTimePassword).path(), "must change it first");
        recruit.follow(recruit.postWithToken(StaffRoutes.PASSWORD, "currentPassword", oneTimePassword,
                "newPassword", "recruits own passphrase", "confirmPassword", "recruits own passphrase"));
        recruit.signOut();
        assertEquals(List.of("Enter a correct username and password"),
                recruit.signIn(username, oneTimePassword).errors(), "the one-time password works once");
        assertEquals(StaffRoutes.DASHBOARD, recruit.signIn(username, "recruits own passphrase").path());

        List<AuditEvent> events = audit.about("staff_account", created.id());
        assertEquals("account.created", events.get(0).action());
        assertEquals(admin.username(), events.get(0).actor());
        assertTrue(events.stream().noneMatch(e -> String.valueOf(e.afterValue()).contains(oneTimePassword)
                || String.valueOf(e.beforeValue()).contains(oneTimePassword)), "never a password in the log");
    }

    @Test
    void aNewAccountFormShowsEveryProblemAtOnce() {
        StaffBrowser.Page empty = browser.follow(browser.postWithToken(StaffRoutes.NEW_ACCOUNT,
                "displayName", "", "username", ""));
        assertEquals(List.of("Enter the person's full name", "Enter a username", "Select at least one role"),
                empty.errors());
        assertEquals(List.of("#displayName", "#username", "#roles"),
                empty.document().select(".govuk-error-summary__list a").eachAttr("href"));
        assertNotNull(empty.document().getElementById("roles"), "the roles link has a target");

        StaffBrowser.Page taken = browser.follow(browser.postWithToken(StaffRoutes.NEW_ACCOUNT,
                "displayName", "Someone", "username", admin.username().toUpperCase(), "roles", "ANALYST"));
        assertEquals(List.of("There is already an account with that username"), taken.errors());
        assertEquals("Someone", taken.document().selectFirst("input[name=displayName]").attr("value"));
        assertEquals(List.of("ANALYST"), taken.document().select("input[name=roles][checked]").eachAttr("value"));
    }

    @Test
    void aStaffFormWithoutTheRightCsrfTokenIsRefusedWithTheStaffPage() {
        String username = StaffFixtures.uniqueUsername("csrf");
        StaffBrowser.Page missing = browser.postOnce(StaffRoutes.NEW_ACCOUNT, "displayName", "Forged",
                "username", username, "roles", "ADMIN");
        StaffBrowser.Page wrong = browser.postOnce(StaffRoutes.NEW_ACCOUNT, "csrfToken", "forged.token",
                "displayName", "Forged", "username", username, "roles", "ADMIN");
        for (StaffBrowser.Page page : List.of(missing, wrong)) {
            assertEquals(403, page.status());
            assertEquals("Sorry, we could not accept that form", page.heading());
            assertTrue(page.title().endsWith("Safer Voices staff"), page.title());
        }
        assertTrue(accounts.find(username).isEmpty(), "nothing was created");
        assertEquals(403, browser.postOnce(StaffRoutes.SIGN_OUT).status(), "sign-out needs the token too");
        assertEquals(200, browser.getOnce(StaffRoutes.DASHBOARD).status(), "and did not sign out");
    }

    @Test
    void disablingAndEnablingAnAccountThroughItsPage() {
        StaffAccount other = StaffFixtures.account(accounts, "temp", Role.ANALYST);
        StaffBrowser.Page disabled = browser.follow(browser.postWithToken(
                StaffRoutes.accountAction(other.id(), "disable")));
        assertEquals(StaffRoutes.account(other.id()), disabled.path());
        assertTrue(disabled.text().contains("Account disabled"), disabled.text());
        assertEquals("Disabled", disabled.document().selectFirst("main .govuk-tag").text());
        assertTrue(accounts.findById(other.id()).orElseThrow().disabled());
        assertTrue(browser.get(StaffRoutes.ACCOUNTS).text().contains("Disabled"));

        StaffBrowser.Page enabled = browser.follow(browser.postWithToken(
                StaffRoutes.accountAction(other.id(), "enable")));
        assertEquals("Active", enabled.document().selectFirst("main .govuk-tag").text());

        StaffBrowser.Page self = browser.follow(browser.postWithToken(StaffRoutes.accountAction(admin.id(), "disable")));
        assertEquals(List.of("You cannot disable your own account"), self.errors());
        assertFalse(accounts.findById(admin.id()).orElseThrow().disabled());
    }

    @Test
    void changingRolesResettingAndUnlocking() {
        StaffAccount other = StaffFixtures.account(accounts, "mover", Role.ANALYST);
        browser.follow(browser.postWithToken(StaffRoutes.accountAction(other.id(), "roles"),
                "roles", "PARTNERSHIP", "roles", "CONSULTATION"));
        assertEquals(EnumSet.of(Role.PARTNERSHIP, Role.CONSULTATION), accounts.findById(other.id()).orElseThrow().roleSet());
        StaffBrowser.Page none = browser.follow(browser.postWithToken(StaffRoutes.accountAction(other.id(), "roles")));
        assertEquals(List.of("Select at least one role"), none.errors());
        StaffBrowser.Page demoteSelf = browser.follow(browser.postWithToken(
                StaffRoutes.accountAction(admin.id(), "roles"), "roles", "ANALYST"));
        assertEquals(List.of("You cannot remove your own Administrator role"), demoteSelf.errors());

        StaffBrowser mover = new StaffBrowser(server.getURI());
        for (int i = 0; i < 5; i++) {
            mover.signIn(other.username(), "wrong");
        }
        assertTrue(browser.get(StaffRoutes.account(other.id())).text().contains("Locked until"));
        browser.follow(browser.postWithToken(StaffRoutes.accountAction(other.id(), "unlock")));
        assertEquals(StaffRoutes.DASHBOARD, mover.signIn(other.username(), StaffFixtures.PASSWORD).path());

        StaffBrowser.Page reset = browser.follow(browser.postWithToken(
                StaffRoutes.accountAction(other.id(), "reset-password")));
        String oneTimePassword = reset.document().selectFirst(".sv-one-time-password").text();
        assertEquals(StaffRoutes.SIGN_IN, mover.getOnce(StaffRoutes.DASHBOARD).location().orElseThrow(),
                "a reset signs the person out");
        assertEquals(List.of("Enter a correct username and password"),
                mover.signIn(other.username(), StaffFixtures.PASSWORD).errors());
        assertEquals(StaffRoutes.PASSWORD, mover.signIn(other.username(), oneTimePassword).path());

        List<String> actions = audit.about("staff_account", other.id()).stream().map(AuditEvent::action).toList();
        assertTrue(actions.containsAll(List.of("account.roles_changed", "account.locked", "account.unlocked",
                "account.password_reset")), actions.toString());
    }

    @Test
    void theAuditLogShowsNewestFirstFiltersAndPages() {
        String actor = StaffFixtures.uniqueUsername("auditor");
        for (int i = 1; i <= 55; i++) {
            audit.record(actor, i % 2 == 0 ? "test.even" : "test.odd", "test_subject", i, null, "value " + i);
        }
        StaffBrowser.Page page1 = browser.get(StaffRoutes.AUDIT + "?actor=" + actor);
        List<Element> rows = page1.document().select(".sv-audit-table tbody tr");
        assertEquals(50, rows.size());
        assertEquals("value 55", rows.get(0).select("td").get(5).text(), "newest first");
        assertTrue(page1.text().contains("55 entries"), page1.text());
        String older = page1.document().selectFirst("a[rel=next]").attr("href");
        StaffBrowser.Page page2 = browser.get(older);
        assertEquals(5, page2.document().select(".sv-audit-table tbody tr").size());
        assertEquals("value 5", page2.document().selectFirst(".sv-audit-table tbody tr td:eq(5)").text());

        StaffBrowser.Page even = browser.get(StaffRoutes.AUDIT + "?actor=" + actor + "&action=test.even");
        assertEquals(27, even.document().select(".sv-audit-table tbody tr").size());
        StaffBrowser.Page one = browser.get(StaffRoutes.AUDIT + "?actor=" + actor + "&subjectType=test_subject&subjectId=7");
        assertEquals(1, one.document().select(".sv-audit-table tbody tr").size());
        assertEquals("test.odd", one.document().selectFirst(".sv-audit-table tbody tr td:eq(2)").text());

        StaffBrowser.Page mine = browser.get(StaffRoutes.AUDIT + "?actor=" + admin.username());
        assertTrue(mine.text().contains("account.signed_in"), "signing in is recorded");
    }

    @Test
    void onlyAnAdministratorSeesTheAuditLog() {
        StaffAccount analyst = StaffFixtures.account(accounts, "curious", Role.ANALYST, Role.CONSULTATION,
                Role.PARTNERSHIP);
        StaffBrowser curious = new StaffBrowser(server.getURI());
        curious.signIn(analyst.username(), StaffFixtures.PASSWORD);
        StaffBrowser.Page page = curious.getOnce(StaffRoutes.AUDIT);
        assertEquals(403, page.status());
        assertFalse(page.html().contains("sv-audit-table"));
        assertFalse(curious.get(StaffRoutes.DASHBOARD).navigation().contains("Audit log"));
    }
}
