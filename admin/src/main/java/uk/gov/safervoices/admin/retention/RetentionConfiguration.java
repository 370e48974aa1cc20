package uk.gov.safervoices.admin.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** The daily purge of personal data: consultations past their retention period, and meeting registrations. */
@ConfigurationProperties("safervoices.retention")
public interface RetentionConfiguration {

    /** Run the purge on its schedule (it can still be run by hand when off). */
    @Bindable(defaultValue = "true")
    boolean isPurgeEnabled();

    /**
     * When the purge runs: a cron expression (seconds minutes hours day-of-month month day-of-week), read by
     * {@link RetentionPurge}'s schedule. Default: every day at 02:30.
     */
    @Bindable(defaultValue = RetentionPurge.DEFAULT_CRON)
    String getPurgeCron();

    /**
     * Days after a public meeting ends that its registrations keep residents' names, accessibility needs and
     * questions; the purge then removes them and keeps the counts. Default 90 (ADR 0026).
     */
    @Bindable(defaultValue = "90")
    int getMeetingRegistrationDays();
}
