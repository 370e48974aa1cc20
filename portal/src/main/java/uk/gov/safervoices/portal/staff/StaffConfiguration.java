package uk.gov.safervoices.portal.staff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How long a staff sign-in lasts. Whether the staff cookie is Secure follows {@code safervoices.cookies.secure}.
 */
@ConfigurationProperties("safervoices.staff")
public interface StaffConfiguration {

    /** The longest a sign-in lasts, however active the person is (absolute timeout). */
    @Bindable(defaultValue = "8h")
    Duration getSessionLifetime();

    /** A sign-in ends after this long without a request to a staff page (idle timeout). */
    @Bindable(defaultValue = "1h")
    Duration getIdleTimeout();

    /**
     * How often an active sign-in's token is re-issued with a new idle deadline. Shorter than the idle timeout;
     * each re-issue is a new signed token in the same cookie.
     */
    @Bindable(defaultValue = "5m")
    Duration getRefreshAfter();
}
