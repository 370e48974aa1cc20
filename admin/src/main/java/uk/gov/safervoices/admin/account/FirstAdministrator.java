package uk.gov.safervoices.admin.account;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

import java.io.PrintStream;
import java.util.EnumSet;

/**
 * On the first start (no staff account at all), creates the first administrator: with the configured password, or
 * else with a one-time password printed once to the console (never logged) that must be changed at first sign-in.
 * There is never a fixed default password.
 */
@Singleton
@Order(0)
class FirstAdministrator implements ApplicationEventListener<StartupEvent> {
    private final StaffAccounts accounts;
    private final AccountConfiguration configuration;
    private final PrintStream console = System.out;

    FirstAdministrator(StaffAccounts accounts, AccountConfiguration configuration) {
        this.accounts = accounts;
        this.configuration = configuration;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        String username = configuration.getFirstAdminUsername();
        EnumSet<Role> roles = EnumSet.allOf(Role.class);
        if (configuration.getFirstAdminPassword().filter(p -> !p.isBlank()).isPresent()) {
            accounts.createWithPassword("system", username, "Administrator", roles,
                    configuration.getFirstAdminPassword().get());
            console.println("Safer Voices: created the first administrator '" + username
                    + "' with the configured password.");
            return;
        }
        StaffAccounts.NewAccount created = accounts.create("system", username, "Administrator", roles);
        console.println();
        console.println("==================================================================");
        console.println(" Safer Voices: first administrator created. Shown only this once:");
        console.println("   username: " + username);
        console.println("   one-time password: " + created.oneTimePassword());
        console.println(" Sign in at /admin and choose a new password.");
        console.println("==================================================================");
        console.println();
    }
}
