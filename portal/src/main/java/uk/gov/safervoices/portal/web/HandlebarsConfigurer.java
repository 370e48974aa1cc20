package uk.gov.safervoices.portal.web;

import com.github.jknack.handlebars.Handlebars;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Adds our helpers ({@link HandlebarsHelpers}) to the Handlebars instance micronaut-views-handlebars renders views
 * with. That instance is a plain {@code new Handlebars()} (micronaut-views-handlebars 5.6.0's
 * {@code HandlebarsFactory}): templates and partials load from the classpath root with the suffix {@code .hbs}, so
 * {@code {{> views/partials/govuk/govukRadios params}}} is {@code /views/partials/govuk/govukRadios.hbs}.
 */
@Singleton
class HandlebarsConfigurer implements BeanCreatedEventListener<Handlebars> {
    @Override
    public Handlebars onCreated(BeanCreatedEvent<Handlebars> event) {
        Handlebars handlebars = event.getBean();
        HandlebarsHelpers.register(handlebars);
        return handlebars;
    }
}
