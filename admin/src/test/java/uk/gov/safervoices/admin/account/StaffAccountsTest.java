package uk.gov.safervoices.admin.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class StaffAccountsTest {
    @Inject StaffAccounts accounts;
    @Inject AuditLog audit;

    @Test
    void aNewAccountHasAnArgon2idHashedOneTimePasswordThatMustBeChanged() {
        String username = TestQuestionnaires.uniqueKey("officer");
        StaffAccounts.NewAccount created = accounts.create("tester", username, "Officer", EnumSet.of(Role.CONSULTATION));

        StaffAccount account = created.account();
        assertTrue(account.passwordHash().startsWith("$argon2id$"), account.passwordHash());
        assertFalse(account.passwordHash().contains(created.oneTimePassword()));
        assertTrue(account.mustChangePassword());
        assertEquals(EnumSet.of(Role.CONSULTATION), account.roleSet());
        assertInstanceOf(SignInResult.SignedIn.class, accounts.signIn(username.toUpperCase(), created.oneTimePassword()));
        List<AuditEvent> events = audit.about("staff_account", account.id());
        assertEquals("account.created", events.get(0).action());
        assertEquals("tester", events.get(0).actor());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String username = TestQuestionnaires.uniqueKey("analyst");
        StaffAccounts.NewAccount created = accounts.create("tester", username, "Analyst", EnumSet.of(Role.ANALYST));

        for (int i = 0; i < 4; i++) {
            assertInstanceOf(SignInResult.WrongCredentials.class, accounts.signIn(username, "wrong password " + i));
        }
        assertInstanceOf(SignInResult.Locked.class, accounts.signIn(username, "wrong password 5"));
        assertInstanceOf(SignInResult.Locked.class, accounts.signIn(username, created.oneTimePassword()));
        assertTrue(audit.about("staff_account", created.account().id()).stream()
                .anyMatch(e -> e.action().equals("account.locked")));
    }

    @Test
    void anUnknownUsernameIsJustWrongCredentials() {
        assertInstanceOf(SignInResult.WrongCredentials.class, accounts.signIn("nobody-" + System.nanoTime(), "whatever"));
    }

    @Test
    void changingAPasswordChecksTheCurrentOneAndThePolicy() {
        String username = TestQuestionnaires.uniqueKey("partner");
        StaffAccounts.NewAccount created = accounts.create("tester", username, "Partner", EnumSet.of(Role.PARTNERSHIP));
        StaffAccount account = created.account();

        assertThrows(StaffAccounts.PasswordRejectedException.class,
                () -> accounts.changePassword(account, "not the password", "a long enough new password"));
        StaffAccounts.PasswordRejectedException tooShort = assertThrows(StaffAccounts.PasswordRejectedException.class,
                () -> accounts.changePassword(account, created.oneTimePassword(), "short"));
        assertEquals("Password must be 12 characters or more", tooShort.getMessage());
        assertThrows(StaffAccounts.PasswordRejectedException.class,
                () -> accounts.changePassword(account, created.oneTimePassword(), "my name is " + username));

        StaffAccount changed = accounts.changePassword(account, created.oneTimePassword(), "correct horse battery staple");
        assertFalse(changed.mustChangePassword());
        assertInstanceOf(SignInResult.WrongCredentials.class, accounts.signIn(username, created.oneTimePassword()));
        assertInstanceOf(SignInResult.SignedIn.class, accounts.signIn(username, "correct horse battery staple"));
    }

    @Test
    void theFirstAdministratorExistsWithEveryRole() {
        StaffAccount admin = accounts.find("admin").orElseThrow();
        assertEquals(EnumSet.allOf(Role.class), admin.roleSet());
        assertTrue(admin.mustChangePassword(), "a generated one-time password must be changed");
    }
}
