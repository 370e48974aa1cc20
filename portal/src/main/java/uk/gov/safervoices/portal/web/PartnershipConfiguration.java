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

    /** Postal address for the contact page, or empty. */
    @Bindable(defaultValue = "")
    String getContactAddress();

    /** Path or URL of the partnership's logo (shown in the header with the name as its text alternative), or empty. */
    @Bindable(defaultValue = "")
    String getLogoUrl();

    /** When the accessibility statement was last reviewed, e.g. "22 November 2026". */
    @Bindable(defaultValue = "22 November 2026")
    String getAccessibilityReviewed();
}
