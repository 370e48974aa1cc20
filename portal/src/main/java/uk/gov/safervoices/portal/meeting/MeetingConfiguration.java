package uk.gov.safervoices.portal.meeting;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** Public meeting registration. */
@ConfigurationProperties("safervoices.meetings")
public interface MeetingConfiguration {

    /**
     * Registrations one client address may make in an hour; more are refused with a page that says how else to
     * register (counted in memory like survey submissions, ADR 0013; ADR 0026).
     */
    @Bindable(defaultValue = "10")
    int getRegistrationsPerHourPerAddress();
}
