package uk.gov.safervoices.portal.web;

import com.github.jknack.handlebars.Handlebars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our Handlebars partials ({@code views/partials/govuk/<macro>.hbs}) against GOV.UK Frontend's own fixtures
 * ({@code components/<folder>/fixtures.json} in the govuk-frontend webjar): each covered fixture's {@code options}
 * are rendered through our partial and compared with the fixture's {@code html} after both are put into a canonical
 * form ({@link GovukFixtures#normalise}: whitespace and attribute order do not count; elements, attribute values,
 * class order and text do).
 *
 * <p>Which fixtures are covered is listed per component below: every fixture of the component must be either
 * {@code covered} or {@code skipped} with a reason, so the choice stays visible and a GOV.UK Frontend upgrade that
 * adds or renames fixtures fails here until someone decides. Today every fixture of these 21 components is covered:
 * the partials port GOV.UK's templates whole, apart from the Nunjucks {@code caller} block (fixtures do not use it).
 *
 * <p>The Handlebars instance is configured as micronaut-views-handlebars 5.6.0 configures its bean (a plain
 * {@code new Handlebars()}: classpath root, {@code .hbs}) plus our helpers; {@link HandlebarsConfigurerTest} checks
 * the application's own bean.
 */
class GovukComponentFixturesTest {
    private static final Handlebars HANDLEBARS = handlebars();

    record Component(String macro, String folder, List<String> covered, Map<String, String> skipped) {
        @Override
        public String toString() {
            return macro;
        }
    }

    static final List<Component> COMPONENTS = List.of(
            component("govukRadios", "radios",
                covered(
                    "default", "with hint", "inline", "with legend as page heading", "with a divider",
                    "with hints on items", "without fieldset", "with fieldset and error message",
                    "with very long option text", "with conditional items", "with conditional item checked",
                    "with optional form-group classes showing group error", "small", "small with long text",
                    "small with error", "small with hint", "small with conditional reveal", "small inline",
                    "small with a divider", "with idPrefix", "minimal items and name", "with falsy items",
                    "fieldset with describedBy", "attributes", "items with attributes", "with empty conditional",
                    "label with classes", "with hints on parent and items", "with describedBy and hint",
                    "with error message", "with error message and idPrefix", "with hint and error message",
                    "with hint, error message and describedBy", "label with attributes", "fieldset params",
                    "fieldset with html", "with fieldset, error message and describedBy",
                    "item checked overrides value", "textarea in conditional", "with disabled",
                    "prechecked using value", "with conditional items with special characters",
                    "with conditional items and pre-checked value"),
                skipped()),
            component("govukCheckboxes", "checkboxes",
                covered(
                    "default", "with hint", "with pre-checked values", "with divider and None",
                    "with divider, None and conditional items", "with hints on items",
                    "with legend as a page heading", "with error message", "with very long option text",
                    "with conditional items", "with optional form-group classes showing group error", "small",
                    "small with long text", "small with error", "small with hint", "small with conditional reveal",
                    "small with divider and None", "with id and name", "with disabled item", "with idPrefix",
                    "with falsy values", "classes", "with fieldset describedBy", "attributes", "with checked item",
                    "items with attributes", "empty conditional", "with label classes", "multiple hints",
                    "with conditional items with special characters", "with error message and hint",
                    "with error, hint and fieldset describedBy", "label with attributes", "fieldset params",
                    "fieldset html params", "with single option set 'aria-describedby' on input, and describedBy",
                    "with single option (and hint) set 'aria-describedby' on input, and describedBy",
                    "with error and idPrefix", "with error message and fieldset describedBy",
                    "with conditional item checked", "item checked overrides values", "textarea in conditional"),
                skipped()),
            component("govukInput", "input",
                covered(
                    "default", "with hint text", "with error message", "with error and hint", "with width-2 class",
                    "with width-3 class", "with width-4 class", "with width-5 class", "with width-10 class",
                    "with width-20 class", "with width-30 class", "with label as page heading", "with prefix",
                    "with suffix", "with prefix and suffix", "with prefix and suffix and error",
                    "with prefix and suffix and width modifier", "with extra letter spacing", "classes", "id",
                    "custom type", "value", "zero value", "with describedBy", "attributes", "hint with describedBy",
                    "error with describedBy", "with error, hint and describedBy", "inputmode",
                    "with prefix with html as text", "with prefix with html", "with prefix with classes",
                    "with prefix with attributes", "with suffix with html as text", "with suffix with html",
                    "with suffix with classes", "with suffix with attributes", "with customised input wrapper",
                    "with optional form-group classes", "with autocomplete attribute", "with pattern attribute",
                    "with spellcheck enabled", "with spellcheck disabled", "with autocapitalize turned off",
                    "disabled"),
                skipped()),
            component("govukTextarea", "textarea",
                covered(
                    "default", "with hint", "with error message", "with default value", "with custom rows",
                    "with label as page heading", "id", "classes", "attributes", "with describedBy",
                    "with hint and described by", "with error message and described by",
                    "with hint and error message", "with hint, error message and described by",
                    "with optional form-group classes", "with autocomplete attribute", "with spellcheck enabled",
                    "with spellcheck disabled"),
                skipped()),
            component("govukCharacterCount", "character-count",
                covered(
                    "default", "with hint", "with hint and error", "with default value",
                    "with default value exceeding limit", "with custom rows", "with label as page heading",
                    "with word count", "with threshold", "with custom textarea description", "classes", "id",
                    "attributes", "formGroup with classes", "custom classes on countMessage", "spellcheck enabled",
                    "spellcheck disabled", "custom classes with error message", "with id starting with number",
                    "with id with special characters", "with textarea maxlength attribute",
                    "to configure in JavaScript", "when neither maxlength nor maxwords are set",
                    "when neither maxlength/maxwords nor textarea description are set", "with translations"),
                skipped()),
            component("govukDateInput", "date-input",
                covered(
                    "default", "day and month", "month and year", "with errors only", "with errors and hint",
                    "with error on day input", "with error on month input", "with error on year input", "classes",
                    "attributes", "with items", "with empty items", "custom pattern", "custom inputmode",
                    "with nested name", "with id on items", "suffixed id", "with values",
                    "with hint and describedBy", "with error and describedBy", "fieldset html", "items with classes",
                    "items without classes", "with optional form-group classes", "with autocomplete values",
                    "with input attributes"),
                skipped()),
            component("govukSelect", "select",
                covered(
                    "default", "with hint text and error message", "with label as page heading",
                    "with full width override", "with describedBy", "attributes", "attributes on items",
                    "with falsy items", "hint", "hint and describedBy", "error", "error and describedBy",
                    "without values", "without values with selected value", "with falsy values",
                    "item selected overrides value", "id", "with selected value", "with optional form-group classes"),
                skipped()),
            component("govukErrorSummary", "error-summary",
                covered(
                    "default", "without links", "mixed with and without links", "with description only",
                    "with everything", "html as titleText", "title html", "description", "html as descriptionText",
                    "description html", "classes", "attributes", "error list with attributes",
                    "error list with html as text", "error list with html", "error list with html link",
                    "error list with html as text link", "autofocus disabled", "autofocus explicitly enabled"),
                skipped()),
            component("govukErrorMessage", "error-message",
                covered(
                    "default", "translated", "id", "classes", "html as text", "html", "attributes",
                    "with visually hidden text", "visually hidden text removed"),
                skipped()),
            component("govukHint", "hint",
                covered(
                    "default", "with html", "classes", "id", "html as text", "attributes"),
                skipped()),
            component("govukLabel", "label",
                covered(
                    "default", "with bold text", "styled as xl text", "styled as large text",
                    "styled as medium text", "styled as small text", "as page heading xl", "as page heading l",
                    "as page heading m", "as page heading s", "as page heading without class", "empty", "classes",
                    "html as text", "html", "for", "attributes"),
                skipped()),
            component("govukFieldset", "fieldset",
                covered(
                    "default", "styled as xl text", "styled as large text", "styled as medium text",
                    "styled as small text", "as page heading xl", "as page heading l", "as page heading m",
                    "as page heading s", "as page heading without class", "html fieldset content",
                    "with describedBy", "html as text", "html", "legend classes", "classes", "role", "attributes"),
                skipped()),
            component("govukButton", "button",
                covered(
                    "default", "disabled", "link", "start", "input", "secondary", "warning", "inverse", "attributes",
                    "link attributes", "input attributes", "classes", "link classes", "input classes", "name",
                    "type", "input type", "explicit link", "no href", "value", "html", "no type",
                    "no data-prevent-double-click", "don't prevent double click", "id", "start link",
                    "input disabled", "prevent double click"),
                skipped()),
            component("govukSummaryList", "summary-list",
                covered(
                    "default", "with actions", "no-border", "no-border on last row", "extreme",
                    "as a summary card with a text header", "as a summary card with a html header",
                    "as a summary card with actions", "as a summary card with actions plus summary list actions",
                    "as a summary card extreme", "attributes", "with falsy values", "key with html",
                    "key with classes", "value with html", "actions href", "actions with html",
                    "actions with classes", "actions with attributes", "single action with anchor",
                    "classes on items", "empty items array", "rows with classes", "summary card with custom classes",
                    "summary card with custom attributes", "summary card with only 1 action", "translated",
                    "with some actions", "overridden-widths", "as a summary card with a custom header level"),
                skipped()),
            component("govukPanel", "panel",
                covered(
                    "default", "title html as text", "title html", "body html as text", "body html", "classes",
                    "attributes", "title with no body text", "custom heading level"),
                skipped()),
            component("govukBackLink", "back-link",
                covered(
                    "default", "inverse", "classes", "html as text", "html", "with custom text and link",
                    "attributes"),
                skipped()),
            component("govukNotificationBanner", "notification-banner",
                covered(
                    "default", "with text as html", "with type as success", "with long heading",
                    "with lots of content", "custom title", "title as html", "title html as text",
                    "custom title heading level", "custom title id", "custom title id with type as success",
                    "custom text", "html as text", "custom role", "classes", "attributes", "with invalid type",
                    "auto-focus disabled, with type as success",
                    "auto-focus explicitly enabled, with type as success",
                    "role=alert overridden to role=region, with type as success", "custom tabindex"),
                skipped()),
            component("govukInsetText", "inset-text",
                covered(
                    "default", "with html", "classes", "id", "html as text", "attributes"),
                skipped()),
            component("govukWarningText", "warning-text",
                covered(
                    "default", "multiple lines", "attributes", "classes", "html", "html as text",
                    "icon fallback text only", "no icon fallback text"),
                skipped()),
            component("govukDetails", "details",
                covered(
                    "default", "expanded", "id", "html as text", "html", "summary html as text", "summary html",
                    "classes", "attributes", "with html"),
                skipped()),
            component("govukTag", "tag",
                covered(
                    "default", "grey", "light blue", "turquoise", "green", "purple", "pink", "red", "orange",
                    "yellow", "attributes", "html as text", "html"),
                skipped())
    );

    static Handlebars handlebars() {
        Handlebars handlebars = new Handlebars();
        HandlebarsHelpers.register(handlebars);
        return handlebars;
    }

    static String render(String macro, Object params) throws IOException {
        return HANDLEBARS.compile("views/partials/govuk/" + macro).apply(ModelValueResolver.context(params));
    }

    static Stream<Component> components() {
        return COMPONENTS.stream();
    }

    static Stream<Arguments> coveredFixtures() {
        List<Arguments> arguments = new ArrayList<>();
        for (Component component : COMPONENTS) {
            for (GovukFixtures.Fixture fixture : GovukFixtures.load(component.folder())) {
                if (component.covered().contains(fixture.name())) {
                    arguments.add(Arguments.of(component.macro(), fixture.name(), fixture));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("coveredFixtures")
    void rendersTheMarkupOfGovukFrontend(String macro, String fixtureName, GovukFixtures.Fixture fixture)
            throws IOException {
        String ours = render(macro, fixture.options());

        assertEquals(GovukFixtures.normalise(fixture.html()), GovukFixtures.normalise(ours),
                () -> macro + " with the options of GOV.UK's fixture \"" + fixtureName + "\"\n" + ours);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("components")
    void everyFixtureOfTheComponentIsCoveredOrSkippedOnPurpose(Component component) {
        Set<String> inWebjar = new LinkedHashSet<>();
        GovukFixtures.load(component.folder()).forEach(fixture -> inWebjar.add(fixture.name()));
        Set<String> listed = new LinkedHashSet<>(component.covered());
        listed.addAll(component.skipped().keySet());

        Set<String> unlisted = new LinkedHashSet<>(inWebjar);
        unlisted.removeAll(listed);
        Set<String> unknown = new LinkedHashSet<>(listed);
        unknown.removeAll(inWebjar);
        assertTrue(unlisted.isEmpty(), () -> component.folder() + " fixtures neither covered nor skipped: " + unlisted);
        assertTrue(unknown.isEmpty(), () -> component.folder() + " has no fixtures named " + unknown);
        assertTrue(component.covered().stream().noneMatch(component.skipped()::containsKey),
                () -> component.folder() + ": a fixture is both covered and skipped");
    }

    private static Component component(String macro, String folder, List<String> covered,
                                       Map<String, String> skipped) {
        return new Component(macro, folder, covered, skipped);
    }

    private static List<String> covered(String... names) {
        return Arrays.asList(names);
    }

    /** Pairs of fixture name and the reason we do not support what it shows. */
    private static Map<String, String> skipped(String... namesAndReasons) {
        Map<String, String> skipped = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndReasons.length; i += 2) {
            skipped.put(namesAndReasons[i], namesAndReasons[i + 1]);
        }
        return skipped;
    }
}
