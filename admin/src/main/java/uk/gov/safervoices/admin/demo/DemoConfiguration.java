package uk.gov.safervoices.admin.demo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** Demonstration data for a fresh install (on by default so that a first run shows something; off in production). */
@ConfigurationProperties("safervoices.demo")
public interface DemoConfiguration {

    /** Create an open consultation running the shipped community safety survey, if there is none yet. */
    @Bindable(defaultValue = "true")
    boolean isConsultation();

    /**
     * On a fresh install (no responses, no margins), add last year's survey with made-up responses, the Example
     * Borough margins and a weighting scheme, so the analysis pages show something ({@code DemoAnalysisSeeder}).
     */
    @Bindable(defaultValue = "true")
    boolean isAnalysis();

    /** How many days the demonstration consultation stays open from the first start. */
    @Bindable(defaultValue = "90")
    int getOpenDays();
}
