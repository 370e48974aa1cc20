package uk.gov.safervoices.admin.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.Optional;

/** Staff sign-in rules and the first administrator. */
@ConfigurationProperties("safervoices.accounts")
public interface AccountConfiguration {

    /** Consecutive failed sign-ins that lock an account. */
    @Bindable(defaultValue = "5")
    int getMaxFailedSignIns();

    /** How long a locked account stays locked. */
    @Bindable(defaultValue = "15m")
    Duration getLockout();

    /** Shortest password allowed (NCSC: length over complexity). */
    @Bindable(defaultValue = "12")
    int getMinimumPasswordLength();

    /** Username of the administrator created on first start, when there is no account. */
    @Bindable(defaultValue = "admin")
    String getFirstAdminUsername();

    /**
     * That administrator's password (e.g. from SAFERVOICES_ACCOUNTS_FIRST_ADMIN_PASSWORD). When absent, a one-time
     * password is generated and printed once at start-up; it must be changed at first sign-in.
     */
    Optional<String> getFirstAdminPassword();
}
