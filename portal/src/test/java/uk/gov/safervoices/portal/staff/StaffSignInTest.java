package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.AccountAdministration;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out through the pages, and what ends a sign-in. */
@MicronautTest(transactional = false)
class StaffSignInTest {
    private static final String WRONG = "Enter a correct username and password";

    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject AccountAdministration administration;

    private StaffBrowser browser() {
        return new StaffBrowser(server.getURI());
    }

    @Test
    void aSignedOutVisitorIsSentToSignInAndAScriptGets401() {
        StaffBrowser browser = browser();
        StaffBrowser.Page page = browser.getOnce(StaffRoutes.ACCOUNTS);
        assertEquals(303, page.status());
        assertEquals(StaffRoutes.SIGN_IN, page.location().orElseThrow());

        assertEquals(401, browser.getAsScript(StaffRoutes.ACCOUNTS).status());
        assertEquals(401, browser.getAsScript(StaffRoutes.DASHBOARD).status());
    }

    @Test
    void variantsOfStaffAddressesAreGuardedToo() {
        StaffBrowser browser = browser();
        for (String path : List.of("/admin/", "/admin/accounts/", "/admin/audit/", "/admin/accounts/999999999",
                "/admin/no-such-page", "/admin/accounts/new/")) {
            StaffBrowser.Page page = browser.getOnce(path);
            assertEquals(303, page.status(), path);
            assertEquals(StaffRoutes.SIGN_IN, page.location().orElseThrow(), path);
        }
        StaffAccount analyst = StaffFixtures.account(accounts, "prober", Role.ANALYST);
        browser.signIn(analyst.username(), StaffFixtures.PASSWORD);
        for (String path : List.of("/admin/accounts/", "/admin/audit/", "/admin/accounts/999999999")) {
            assertEquals(403, browser.getOnce(path).status(), path);
        }
    }

    @Test
    void signingInLandsOnTheDashboardWithAFreshHttpOnlyLaxCookieForAdminOnly() {
        StaffAccount account = StaffFixtures.account(accounts, "officer", Role.CONSULTATION);
        StaffBrowser browser = browser();

        StaffBrowser.Page signIn = browser.get(StaffRoutes.SIGN_IN);
        assertEquals("Sign in - Safer Voices staff", signIn.title());
        assertTrue(signIn.document().select(".govuk-service-navigation__list").isEmpty(), "no menu when signed out");
        StaffBrowser.Page posted = browser.postWithToken(StaffRoutes.SIGN_IN, "username", account.username(),
                "password", StaffFixtures.PASSWORD);
        assertEquals(303, posted.status());
        assertEquals(StaffRoutes.DASHBOARD, posted.location().orElseThrow());
        String setCookie = posted.setCookie(StaffTokens.COOKIE).orElseThrow();
        assertTrue(setCookie.contains("HTTPOnly") || setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Path=/admin"), setCookie);
        assertTrue(setCookie.matches(".*Max-Age=3[56]\\d\\d.*"), "idle timeout of 1 hour: " + setCookie);
        assertFalse(setCookie.contains("Secure"), "Secure only when safervoices.cookies.secure is set");

        StaffBrowser.Page dashboard = browser.get(StaffRoutes.DASHBOARD);
        assertEquals(200, dashboard.status());
        assertEquals(account.displayName(), dashboard.heading());
        assertEquals(List.of("Home", "Questionnaires", "Consultations", "Public meetings", "Responses", "Concerns",
                "Plan summary", "Engagement record"), dashboard.navigation(),
                "a consultation officer has the sections built for them, and no admin sections");
        assertTrue(dashboard.text().contains("Questionnaires"), dashboard.text());
        assertFalse(dashboard.text().contains("Coming soon"), "every section of the consultation team is built");
        assertTrue(dashboard.document().select("main a[href=/admin/accounts]").isEmpty());
        assertEquals(1, dashboard.document().select("form[action=/admin/sign-out] button").size(), "Sign out is a POST");
    }

    @Test
    void anAdministratorSeesTheAccountsAndAuditSections() {
        StaffAccount admin = StaffFixtures.account(accounts, "admin", Role.ADMIN);
        StaffBrowser browser = browser();
        StaffBrowser.Page dashboard = browser.signIn(admin.username(), StaffFixtures.PASSWORD);

        assertEquals(List.of("Home", "Accounts", "Audit log"), dashboard.navigation());
        assertFalse(dashboard.text().contains("Questionnaires"), "an administrator alone has no consultation work");
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameMessage() {
        StaffAccount account = StaffFixtures.account(accounts, "analyst", Role.ANALYST);
        StaffBrowser browser = browser();

        StaffBrowser.Page wrong = browser.signIn(account.username(), "not the password");
        StaffBrowser.Page unknown = browser.signIn("nobody-" + System.nanoTime(), "not the password");

        for (StaffBrowser.Page page : List.of(wrong, unknown)) {
            assertEquals(200, page.status());
            assertEquals(List.of(WRONG), page.errors());
            assertEquals("#username", page.document().selectFirst(".govuk-error-summary__list a").attr("href"));
            assertTrue(page.title().startsWith("Error: "), page.title());
            assertTrue(browser.cookie(StaffTokens.COOKIE).isEmpty());
        }
        assertEquals(account.username(), wrong.document().selectFirst("input[name=username]").attr("value"));
        assertEquals("", wrong.document().selectFirst("input[name=password]").attr("value"));
    }

    @Test
    void fiveFailuresLockTheAccountWithTheTimeAndAnUnknownUsernameLocksAlike() {
        StaffAccount account = StaffFixtures.account(accounts, "partner", Role.PARTNERSHIP);
        String unknown = "nobody-" + System.nanoTime();
        StaffBrowser browser = browser();
        for (int i = 1; i <= 4; i++) {
            assertEquals(List.of(WRONG), browser.signIn(account.username(), "wrong " + i).errors());
            assertEquals(List.of(WRONG), browser.signIn(unknown, "wrong " + i).errors());
        }
        String real = browser.signIn(account.username(), "wrong 5").errors().get(0);
        String fake = browser.signIn(unknown, "wrong 5").errors().get(0);

        String expected = "You have entered the wrong details too many times. You can try again after "
                + clockTime(accounts.find(account.username()).orElseThrow().lockedUntil().atZone(ZoneId.of("Europe/London")));
        assertEquals(expected, real);
        assertTrue(fake.startsWith("You have entered the wrong details too many times. You can try again after "), fake);
        StaffBrowser.Page rightPassword = browser.signIn(account.username(), StaffFixtures.PASSWORD);
        assertEquals(List.of(expected), rightPassword.errors(), "locked even for the right password");
        assertTrue(browser.cookie(StaffTokens.COOKIE).isEmpty());
    }

    @Test
    void everySignInIssuesANewTokenAndSigningOutEndsTheOldOnes() {
        StaffAccount account = StaffFixtures.account(accounts, "rotation", Role.ANALYST);
        StaffBrowser browser = browser();
        browser.signIn(account.username(), StaffFixtures.PASSWORD);
        String first = browser.cookie(StaffTokens.COOKIE).orElseThrow();
        browser.signIn(account.username(), StaffFixtures.PASSWORD);
        String second = browser.cookie(StaffTokens.COOKIE).orElseThrow();
        assertNotEquals(first, second, "a sign-in always gets a new token");

        StaffBrowser.Page signedOut = browser.signOut();
        assertEquals(StaffRoutes.SIGN_IN, signedOut.path());
        assertEquals("You have signed out", signedOut.document().selectFirst(".govuk-notification-banner__heading").text());
        assertTrue(browser.cookie(StaffTokens.COOKIE).isEmpty(), "the cookie is removed");

        for (String old : List.of(first, second)) {
            StaffBrowser thief = browser();
            thief.setStaffToken(old);
            StaffBrowser.Page page = thief.getOnce(StaffRoutes.DASHBOARD);
            assertEquals(303, page.status(), "a token from before sign-out no longer works");
            assertEquals(StaffRoutes.SIGN_IN, page.location().orElseThrow());
        }
    }

    @Test
    void changingThePasswordEndsOtherSessionsButNotThisOne() {
        StaffAccount account = StaffFixtures.account(accounts, "changer", Role.CONSULTATION);
        StaffBrowser laptop = browser();
        StaffBrowser phone = browser();
        laptop.signIn(account.username(), StaffFixtures.PASSWORD);
        phone.signIn(account.username(), StaffFixtures.PASSWORD);
        String laptopBefore = laptop.cookie(StaffTokens.COOKIE).orElseThrow();

        StaffBrowser.Page mismatch = laptop.follow(laptop.postWithToken(StaffRoutes.PASSWORD,
                "currentPassword", StaffFixtures.PASSWORD, "newPassword", "a brand new passphrase",
                "confirmPassword", "a different passphrase"));
        assertEquals(List.of("The passwords do not match"), mismatch.errors());
        StaffBrowser.Page wrongCurrent = laptop.follow(laptop.postWithToken(StaffRoutes.PASSWORD,
                "currentPassword", "not it", "newPassword", "a brand new passphrase",
                "confirmPassword", "a brand new passphrase"));
        assertEquals(List.of("Your current password is not right"), wrongCurrent.errors());

        StaffBrowser.Page changed = laptop.follow(laptop.postWithToken(StaffRoutes.PASSWORD,
                "currentPassword", StaffFixtures.PASSWORD, "newPassword", "a brand new passphrase",
                "confirmPassword", "a brand new passphrase"));
        assertEquals(StaffRoutes.DASHBOARD, changed.path());
        assertEquals(List.of(StaffRoutes.DASHBOARD), changed.redirects());
        assertTrue(changed.text().contains("Your password has been changed"));
        assertNotEquals(laptopBefore, laptop.cookie(StaffTokens.COOKIE).orElseThrow(), "this browser gets a new token");
        assertEquals(200, laptop.getOnce(StaffRoutes.DASHBOARD).status());

        assertEquals(StaffRoutes.SIGN_IN, phone.getOnce(StaffRoutes.DASHBOARD).location().orElseThrow(),
                "the other device is signed out");
        StaffBrowser old = browser();
        old.setStaffToken(laptopBefore);
        assertEquals(StaffRoutes.SIGN_IN, old.getOnce(StaffRoutes.DASHBOARD).location().orElseThrow(),
                "the token from before the change no longer works");
        assertEquals(List.of(WRONG), browser().signIn(account.username(), StaffFixtures.PASSWORD).errors());
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
        StaffAccounts.NewAccount created = StaffFixtures.oneTimeAccount(accounts, "newcomer", Role.ADMIN);
        StaffBrowser browser = browser();

        StaffBrowser.Page page = browser.signIn(created.account().username(), created.oneTimePassword());
        assertEquals(StaffRoutes.PASSWORD, page.path());
        assertEquals("Choose a new password", page.heading());
        assertTrue(page.navigation().isEmpty(), "no menu until the password is changed");
        for (String elsewhere : List.of(StaffRoutes.DASHBOARD, StaffRoutes.ACCOUNTS, StaffRoutes.AUDIT)) {
            assertEquals(StaffRoutes.PASSWORD, browser.getOnce(elsewhere).location().orElse(null), elsewhere);
        }
        StaffBrowser.Page tooShort = browser.follow(browser.postWithToken(StaffRoutes.PASSWORD,
                "currentPassword", created.oneTimePassword(), "newPassword", "short", "confirmPassword", "short"));
        assertEquals(List.of("Password must be 12 characters or more"), tooShort.errors());

        StaffBrowser.Page done = browser.follow(browser.postWithToken(StaffRoutes.PASSWORD,
                "currentPassword", created.oneTimePassword(), "newPassword", "my own long passphrase",
                "confirmPassword", "my own long passphrase"));
        assertEquals(StaffRoutes.DASHBOARD, done.path());
        assertEquals(200, browser.getOnce(StaffRoutes.ACCOUNTS).status());
        assertEquals(List.of(WRONG), browser().signIn(created.account().username(), created.oneTimePassword()).errors(),
                "the one-time password worked once");
    }

    @Test
    void disablingAnAccountSignsThePersonOutAtOnce() {
        StaffAccount admin = StaffFixtures.account(accounts, "boss", Role.ADMIN);
        StaffAccount account = StaffFixtures.account(accounts, "leaver", Role.ANALYST);
        StaffBrowser browser = browser();
        browser.signIn(account.username(), StaffFixtures.PASSWORD);
        assertEquals(200, browser.getOnce(StaffRoutes.DASHBOARD).status());

        administration.disable(admin.username(), account.id());

        assertEquals(StaffRoutes.SIGN_IN, browser.getOnce(StaffRoutes.DASHBOARD).location().orElseThrow());
        assertEquals(List.of(WRONG), browser().signIn(account.username(), StaffFixtures.PASSWORD).errors());
        administration.enable(admin.username(), account.id());
        assertEquals(StaffRoutes.DASHBOARD, browser().signIn(account.username(), StaffFixtures.PASSWORD).path());
    }

    @Test
    void rolesAreReadOnEveryRequestNotFromTheToken() {
        StaffAccount admin = StaffFixtures.account(accounts, "chief", Role.ADMIN);
        StaffAccount account = StaffFixtures.account(accounts, "promoted", Role.ANALYST);
        StaffBrowser browser = browser();
        browser.signIn(account.username(), StaffFixtures.PASSWORD);
        assertEquals(403, browser.getOnce(StaffRoutes.AUDIT).status());

        administration.changeRoles(admin.username(), account.id(), java.util.EnumSet.of(Role.ANALYST, Role.ADMIN));

        assertEquals(200, browser.getOnce(StaffRoutes.AUDIT).status());
    }

    @Test
    void aForgedOrTamperedTokenIsNobody() {
        StaffAccount account = StaffFixtures.account(accounts, "victim", Role.ADMIN);
        StaffBrowser browser = browser();
        browser.signIn(account.username(), StaffFixtures.PASSWORD);
        String token = browser.cookie(StaffTokens.COOKIE).orElseThrow();
        String[] parts = token.split("\\.");
        String otherSubject = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replaceFirst("\"sub\":\"\\d+\"",
                        "\"sub\":\"1\"").getBytes());
        StaffBrowser forger = browser();
        forger.setStaffToken(parts[0] + "." + otherSubject + "." + parts[2]);
        assertEquals(StaffRoutes.SIGN_IN, forger.getOnce(StaffRoutes.DASHBOARD).location().orElseThrow());
        forger.setStaffToken("eyJhbGciOiJub25lIn0." + parts[1] + ".");
        assertEquals(StaffRoutes.SIGN_IN, forger.getOnce(StaffRoutes.DASHBOARD).location().orElseThrow(),
                "an unsigned token (alg none) is refused");
    }

    /** "3:45pm", and " on 30 November 2026" after it when the lockout ends on another day (near midnight). */
    private static String clockTime(ZonedDateTime until) {
        ZonedDateTime end = until.getSecond() > 0 || until.getNano() > 0
                ? until.withSecond(0).withNano(0).plusMinutes(1) : until;
        String time = DateTimeFormatter.ofPattern("h:mm", Locale.UK).format(end) + (end.getHour() < 12 ? "am" : "pm");
        return end.toLocalDate().equals(LocalDate.now(end.getZone())) ? time
                : time + " on " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(end);
    }
}
