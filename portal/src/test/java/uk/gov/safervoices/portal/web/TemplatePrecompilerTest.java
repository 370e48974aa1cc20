package uk.gov.safervoices.portal.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class TemplatePrecompilerTest {
    @Inject TemplatePrecompiler precompiler;

    @Test
    void findsEveryViewAndEachCompiles() {
        List<String> views = TemplatePrecompiler.views();

        assertTrue(views.contains("views/staff/analysis/results"), views.toString());
        assertTrue(views.contains("views/partials/govuk/govukRadios"), views.toString());
        assertTrue(views.size() > 50, "every view and partial: " + views.size());
        assertEquals(List.of(), precompiler.compileAll(), "views that do not compile");
    }
}
