package uk.gov.safervoices.portal.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** Who runs this portal, as residents see it on every page. */
@ConfigurationProperties("safervoices.partnership")
public interface PartnershipConfiguration {

    @Bindable(defaultValue = "Community Safety Partnership")
    String getName();

    @Bindable(defaultValue = "Community Safety Partnership")
    String getShortName();

    @Bindable(defaultValue = "community.safety@example.gov.uk")
    String getContactEmail();
}
