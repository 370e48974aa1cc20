package uk.gov.safervoices.admin.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditFilter;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AccountAdministrationTest {
    private static final String PASSWORD = "a perfectly long password";

    @Inject StaffAccounts accounts;
    @Inject AccountAdministration administration;
    @Inject AuditLog audit;

    private StaffAccount account(Role... roles) {
        return accounts.createWithPassword("tester", TestQuestionnaires.uniqueKey("staff"), "Staff Member",
                EnumSet.of(roles[0], roles), PASSWORD);
    }

    @Test
    void everyWayOfEndingSessionsRaisesTheSessionVersion() {
        StaffAccount admin = account(Role.ADMIN);
        StaffAccount account = account(Role.ANALYST);
        int start = account.sessionVersion();

        assertEquals(start + 1, accounts.signOut(account.id()).sessionVersion());
        assertEquals(start + 2, accounts.changePassword(accounts.findById(account.id()).orElseThrow(), PASSWORD,
                "another long password").sessionVersion());
        StaffAccounts.NewAccount reset = administration.resetPassword(admin.username(), account.id());
        assertEquals(start + 3, reset.account().sessionVersion());
        assertEquals(start + 4, administration.disable(admin.username(), account.id()).sessionVersion());
        assertEquals(start + 5, administration.enable(admin.username(), account.id()).sessionVersion(),
                "enabling does not bring back tokens from before the account was disabled");
        assertEquals(start + 5, accounts.findById(account.id()).orElseThrow().sessionVersion());
        SignInResult.SignedIn signedIn = assertInstanceOf(SignInResult.SignedIn.class,
                accounts.signIn(account.username(), reset.oneTimePassword()));
        assertEquals(start + 5, signedIn.account().sessionVersion(), "signing in does not end other sessions");
    }

    @Test
    void aResetPasswordIsOneTimeAndTheOldOneStopsWorking() {
        StaffAccount admin = account(Role.ADMIN);
        StaffAccount account = account(Role.PARTNERSHIP);
        StaffAccounts.NewAccount reset = administration.resetPassword(admin.username(), account.id());

        assertTrue(reset.account().mustChangePassword());
        assertInstanceOf(SignInResult.WrongCredentials.class, accounts.signIn(account.username(), PASSWORD));
        assertInstanceOf(SignInResult.SignedIn.class, accounts.signIn(account.username(), reset.oneTimePassword()));
        AuditEvent event = audit.about("staff_account", account.id()).stream()
                .filter(e -> e.action().equals("account.password_reset")).findFirst().orElseThrow();
        assertEquals(admin.username(), event.actor());
        assertFalse(String.valueOf(event.afterValue()).contains(reset.oneTimePassword()));
    }

    @Test
    void aDisabledAccountCannotSignInAndAnAdministratorCannotLockThemselvesOut() {
        StaffAccount admin = account(Role.ADMIN, Role.ANALYST);
        StaffAccount account = account(Role.CONSULTATION);
        administration.disable(admin.username(), account.id());
        assertInstanceOf(SignInResult.WrongCredentials.class, accounts.signIn(account.username(), PASSWORD));

        assertThrows(AccountAdministration.AccountChangeRejectedException.class,
                () -> administration.disable(admin.username(), admin.id()));
        assertThrows(AccountAdministration.AccountChangeRejectedException.class,
                () -> administration.changeRoles(admin.username(), admin.id(), EnumSet.of(Role.ANALYST)));
        assertThrows(AccountAdministration.AccountChangeRejectedException.class,
                () -> administration.changeRoles(admin.username(), account.id(), EnumSet.noneOf(Role.class)));
        StaffAccount changed = administration.changeRoles(admin.username(), account.id(), EnumSet.of(Role.ANALYST));
        assertEquals("ANALYST", changed.roles());
        AuditEvent event = audit.about("staff_account", account.id()).stream()
                .filter(e -> e.action().equals("account.roles_changed")).findFirst().orElseThrow();
        assertEquals("CONSULTATION", event.beforeValue());
        assertEquals("ANALYST", event.afterValue());
    }

    @Test
    void anUnknownUsernameLocksAfterTheSameNumberOfFailuresAsARealOne() {
        String unknown = TestQuestionnaires.uniqueKey("nobody");
        for (int i = 0; i < 4; i++) {
            assertInstanceOf(SignInResult.WrongCredentials.class, accounts.signIn(unknown, "guess " + i));
        }
        SignInResult.Locked locked = assertInstanceOf(SignInResult.Locked.class, accounts.signIn(unknown, "guess 5"));
        assertEquals(locked, accounts.signIn(unknown.toUpperCase(), "guess 6"), "still locked, same time");
        assertTrue(accounts.find(unknown).isEmpty(), "no account was made");
    }

    @Test
    void newAccountDetailsAreChecked() {
        StaffAccount existing = account(Role.ANALYST);
        assertEquals(Map.of("displayName", "Enter the person's full name", "username", "Enter a username",
                "roles", "Select at least one role"), administration.checkNewAccount(" ", "", EnumSet.noneOf(Role.class)));
        assertEquals(List.of("username"), List.copyOf(administration.checkNewAccount("a b", "Name",
                EnumSet.of(Role.ADMIN)).keySet()));
        assertEquals("There is already an account with that username", administration.checkNewAccount(
                existing.username().toUpperCase(), "Name", EnumSet.of(Role.ADMIN)).get("username"));
        assertTrue(administration.checkNewAccount("jo.smith-2", "Jo Smith", EnumSet.of(Role.ADMIN)).isEmpty());
    }

    @Test
    void theAuditLogCanBeSearchedNewestFirst() {
        String actor = TestQuestionnaires.uniqueKey("actor");
        for (int i = 1; i <= 7; i++) {
            audit.record(actor, i <= 3 ? "test.first" : "test.second", "thing", i, null, null);
        }
        List<AuditEvent> all = audit.search(new AuditFilter(actor, null, null, null), 0, 5).getContent();
        assertEquals(List.of("7", "6", "5", "4", "3"), all.stream().map(AuditEvent::subjectId).toList());
        assertEquals(7, audit.search(new AuditFilter(actor, " ", "", null), 1, 5).getTotalSize());
        assertEquals(3, audit.search(new AuditFilter(actor, "test.first", null, null), 0, 50).getTotalSize());
        assertEquals(1, audit.search(new AuditFilter(actor, null, "thing", "2"), 0, 50).getTotalSize());
        assertEquals(0, audit.search(new AuditFilter(actor, "test.first", "thing", "5"), 0, 50).getTotalSize());
        assertTrue(audit.actions().containsAll(List.of("test.first", "test.second")));
        assertTrue(audit.subjectTypes().contains("thing"));
    }
}
