package uk.gov.safervoices.portal.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** How the portal's cookies are set. Behind HTTPS (always, in production) set secure to true. */
@ConfigurationProperties("safervoices.cookies")
public interface CookieSettings {

    @Bindable(defaultValue = "false")
    boolean isSecure();
}
