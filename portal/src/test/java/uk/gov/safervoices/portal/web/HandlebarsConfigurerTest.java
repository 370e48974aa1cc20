package uk.gov.safervoices.portal.web;

import com.github.jknack.handlebars.Handlebars;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The application's own Handlebars bean has our helpers and finds the GOV.UK partials by their path. */
@MicronautTest(startApplication = false)
class HandlebarsConfigurerTest {
    @Inject
    Handlebars handlebars;

    @Test
    void theViewsBeanRendersAGovukPartialWithOurHelpers() throws IOException {
        String html = handlebars.compileInline("{{> views/partials/govuk/govukTag tag}}")
                .apply(Map.of("tag", Map.of("text", "Closed", "classes", "govuk-tag--grey")));

        assertEquals(GovukFixtures.normalise("<strong class=\"govuk-tag govuk-tag--grey\">Closed</strong>"),
                GovukFixtures.normalise(html));
    }
}
