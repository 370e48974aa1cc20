package uk.gov.safervoices.portal.survey;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** Duplicate protection without identifying anyone: what counts as suspicious (flagged, never dropped). */
@ConfigurationProperties("safervoices.integrity")
public interface IntegrityConfiguration {

    /** Submissions from one client address in one hour above which responses are flagged. */
    @Bindable(defaultValue = "20")
    int getSubmissionsPerHourPerAddress();
}
