package uk.gov.safervoices.portal.web;

import com.github.jknack.handlebars.Handlebars;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the fixture comparison cannot see: spaces that screen readers need, escaping, and partials that read only
 * their own parameters when a page calls them with parameters built in Java.
 */
class GovukPartialsTest {
    private final Handlebars handlebars = GovukComponentFixturesTest.handlebars();

    private String page(String template, Map<String, Object> model) throws IOException {
        return handlebars.compileInline(template).apply(ModelValueResolver.context(model));
    }

    @Test
    void summaryListActionsKeepTheSpaceBeforeTheirVisuallyHiddenText() throws IOException {
        Map<String, Object> params = Map.of("rows", List.of(Map.of(
                "key", Map.of("text", "Where you live"),
                "value", Map.of("text", "Northfield"),
                "actions", Map.of("items", List.of(Map.of(
                        "href", "/survey/ward", "text", "Change", "visuallyHiddenText", "where you live"))))));

        String html = GovukComponentFixturesTest.render("govukSummaryList", params);

        assertTrue(html.contains(
                "<a class=\"govuk-link\" href=\"/survey/ward\">Change<span class=\"govuk-visually-hidden\"> where you live</span></a>"),
                html);
    }

    @Test
    void errorMessagesKeepTheSpaceAfterTheirVisuallyHiddenPrefix() throws IOException {
        String html = GovukComponentFixturesTest.render("govukErrorMessage", Map.of("text", "Select where you live"));

        assertTrue(html.contains("<span class=\"govuk-visually-hidden\">Error:</span> Select where you live"), html);
    }

    @Test
    void textIsEscapedAndHtmlIsNot() throws IOException {
        Map<String, Object> params = Map.of(
                "name", "concern",
                "fieldset", Map.of("legend", Map.of("text", "<script>alert(1)</script>")),
                "items", List.of(
                        Map.of("value", "a\"b", "text", "Drugs & <b>dealing</b>"),
                        Map.of("value", "other", "html", "<strong>Something else</strong>")));

        String html = GovukComponentFixturesTest.render("govukRadios", params);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("Drugs &amp; &lt;b&gt;dealing&lt;/b&gt;"), html);
        assertTrue(html.contains("value=\"a&quot;b\""), html);
        assertTrue(html.contains("<strong>Something else</strong>"), html);
    }

    @Test
    void aPartialReadsOnlyItsOwnParametersNotThePageModel() throws IOException {
        Map<String, Object> model = new HashMap<>();
        // Names a page model might well have, which Handlebars.java would find by walking up the context stack
        model.put("classes", "page-classes");
        model.put("hint", Map.of("text", "page hint"));
        model.put("errorMessage", Map.of("text", "page error"));
        model.put("text", "page text");
        model.put("id", "page-id");
        model.put("describedBy", "page-described-by");
        model.put("attributes", Map.of("data-page", "yes"));
        model.put("idPrefix", "page-prefix");
        model.put("value", "no");
        model.put("params", Map.of("name", "page-params"));
        model.put("question", Map.of(
                "name", "feel-safe",
                "fieldset", Map.of("legend", Map.of("text", "Do you feel safe?", "isPageHeading", true,
                        "classes", "govuk-fieldset__legend--l")),
                "items", List.of(Map.of("value", "yes", "text", "Yes"), Map.of("value", "no", "text", "No"))));

        String html = page("{{> views/partials/govuk/govukRadios question}}", model);

        for (String leaked : List.of("page-classes", "page hint", "page error", "page text", "page-id",
                "page-described-by", "data-page", "page-prefix", "page-params", "checked")) {
            assertFalse(html.contains(leaked), () -> leaked + " leaked into\n" + html);
        }
        assertEquals(GovukFixtures.normalise("""
                <div class="govuk-form-group">
                  <fieldset class="govuk-fieldset">
                    <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                      <h1 class="govuk-fieldset__heading">Do you feel safe?</h1>
                    </legend>
                    <div class="govuk-radios" data-module="govuk-radios">
                      <div class="govuk-radios__item">
                        <input class="govuk-radios__input" id="feel-safe" name="feel-safe" type="radio" value="yes">
                        <label class="govuk-label govuk-radios__label" for="feel-safe">Yes</label>
                      </div>
                      <div class="govuk-radios__item">
                        <input class="govuk-radios__input" id="feel-safe-2" name="feel-safe" type="radio" value="no">
                        <label class="govuk-label govuk-radios__label" for="feel-safe-2">No</label>
                      </div>
                    </div>
                  </fieldset>
                </div>
                """), GovukFixtures.normalise(html));
    }

    @Test
    void checkboxesTakeTheirCheckedValuesFromJavaCollections() throws IOException {
        Map<String, Object> params = Map.of(
                "name", "concerns",
                "values", List.of("burglary", "none"),
                "items", List.of(
                        Map.of("value", "burglary", "text", "Burglary"),
                        Map.of("value", "drugs", "text", "Drug dealing"),
                        Map.of("divider", "or"),
                        Map.of("value", "none", "text", "None of these", "behaviour", "exclusive")));

        String html = GovukComponentFixturesTest.render("govukCheckboxes", params);

        assertTrue(html.contains("id=\"concerns\" name=\"concerns\" type=\"checkbox\" value=\"burglary\" checked"), html);
        assertTrue(html.contains("value=\"drugs\">"), html);
        assertTrue(html.contains("<div class=\"govuk-checkboxes__divider\">or</div>"), html);
        assertTrue(html.contains("id=\"concerns-4\" name=\"concerns\" type=\"checkbox\" value=\"none\" checked"
                + " data-behaviour=\"exclusive\""), html);
    }
}
