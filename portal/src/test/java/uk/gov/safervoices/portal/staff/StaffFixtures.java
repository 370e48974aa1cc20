package uk.gov.safervoices.portal.staff;

import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Staff accounts for tests, each with a unique username (tests share one database). */
public final class StaffFixtures {
    public static final String PASSWORD = "correct horse battery staple";

    private StaffFixtures() {
    }

    static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An account with a password of its own (no change needed) and these roles. */
    public static StaffAccount account(StaffAccounts accounts, String prefix, Role first, Role... more) {
        Set<Role> roles = EnumSet.of(first, more);
        return accounts.createWithPassword("test", uniqueUsername(prefix), "Test " + prefix, roles, PASSWORD);
    }

    /** A browser signed in to {@code server} as a new account with this role (its username from the prefix). */
    public static StaffBrowser signedIn(io.micronaut.runtime.server.EmbeddedServer server, StaffAccounts accounts,
                                        String prefix, Role role) {
        StaffAccount account = account(accounts, prefix, role);
        StaffBrowser browser = new StaffBrowser(server.getURI());
        browser.signIn(account.username(), PASSWORD);
        return browser;
    }

    /** An account made with a one-time password, which must be changed at first sign-in. */
    static StaffAccounts.NewAccount oneTimeAccount(StaffAccounts accounts, String prefix, Role first, Role... more) {
        return accounts.create("test", uniqueUsername(prefix), "Test " + prefix, EnumSet.of(first, more));
    }
}
