package uk.gov.safervoices.admin.demo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** Demonstration data for a fresh install (on by default so that a first run shows something; off in production). */
@ConfigurationProperties("safervoices.demo")
public interface DemoConfiguration {

    /** Create an open consultation running the shipped community safety survey, if there is none yet. */
    @Bindable(defaultValue = "true")
    boolean isConsultation();

    /** How many days the demonstration consultation stays open from the first start. */
    @Bindable(defaultValue = "90")
    int getOpenDays();
}
