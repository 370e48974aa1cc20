package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The weighting scheme form's page, for a new scheme and for changing one ({@code staff/analysis/scheme}). */
@Singleton
class SchemePage {
    private final StaffPages pages;

    SchemePage(StaffPages pages) {
        this.pages = pages;
    }

    /**
     * The page.
     *
     * @param scheme the scheme being changed, or null for a new one
     */
    ModelAndView<Map<String, Object>> render(HttpRequest<?> request, WeightingScheme scheme, List<MarginSet> sets,
                                             SchemeForm.Values values, Map<String, String> problems) {
        String heading = scheme == null ? "Create a weighting scheme" : "Change weighting scheme " + scheme.name();
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + heading);
        model.put("heading", heading);
        model.put("backUrl", StaffRoutes.ANALYSIS);
        model.put("formAction", scheme == null ? StaffRoutes.ANALYSIS_NEW_SCHEME
                : StaffRoutes.weightingScheme(scheme.id()));
        model.put("button", scheme == null ? "Create weighting scheme" : "Save changes");
        if (scheme != null) {
            model.put("changed", "Last changed by " + scheme.updatedBy() + " on "
                    + StaffDates.dateTime(scheme.updatedAt()));
        }
        model.put("newMarginsUrl", StaffRoutes.ANALYSIS_NEW_MARGINS);
        model.put("name", FormFields.input("name", "Name", values.name(), problems.get("name"))
                .with("hint", Map.of("text", "For example, Example Borough 2027 by ward, age and sex")).map());
        model.put("hasSets", !sets.isEmpty());
        model.put("marginSet", marginSets(sets, values, problems));
        model.put("variables", variables(sets, values, problems));
        model.put("missingAnswers", missingAnswers(values, problems));
        model.put("rescaleTotals", values.rescaleTotals());
        model.put("trimError", problems.containsKey("trimLower") || problems.containsKey("trimUpper"));
        model.put("trimLower", FormFields.input("trimLower", "Lowest weight, as a multiple of the mean",
                        values.trimLower(), problems.get("trimLower"))
                .with("hint", Map.of("text", "For example, 0.3. At least 0 and less than 1."))
                .with("classes", "govuk-input--width-5").with("inputmode", "decimal").with("spellcheck", false).map());
        model.put("trimUpper", FormFields.input("trimUpper", "Highest weight, as a multiple of the mean",
                        values.trimUpper(), problems.get("trimUpper"))
                .with("hint", Map.of("text", "For example, 3. More than 1."))
                .with("classes", "govuk-input--width-5").with("inputmode", "decimal").with("spellcheck", false).map());
        model.put("minimumBase", FormFields.input("minimumBase", "Minimum base", values.minimumBase(),
                        problems.get("minimumBase"))
                .with("hint", Map.of("text", "The fewest respondents a result may rest on, a whole number (usually "
                        + SchemeForm.DEFAULT_MINIMUM_BASE + "). Results on fewer are flagged, and suppressed in "
                        + "anything published."))
                .with("classes", "govuk-input--width-5").with("inputmode", "numeric").with("spellcheck", false).map());
        Map<String, Object> merges = new LinkedHashMap<>();
        merges.put("id", "merges");
        merges.put("name", "merges");
        merges.put("rows", 4);
        merges.put("spellcheck", false);
        merges.put("classes", "sv-code");
        merges.put("label", Map.of("text", "Merged categories (optional)", "classes", "govuk-label--s"));
        merges.put("hint", Map.of("text", "Merge a category too few people answered from with a neighbour, one "
                + "merge a line: the variable, a colon, the categories with a space either side of each +, then = "
                + "and the merged category's name. For example: " + SchemeForm.MERGE_EXAMPLE));
        merges.put("value", values.merges());
        if (problems.containsKey("merges")) {
            merges.put("errorMessage", Map.of("text", problems.get("merges")));
        }
        model.put("merges", merges);
        Map<String, String> links = new LinkedHashMap<>();
        problems.forEach((field, message) -> links.put(switch (field) {
            case "missingAnswers" -> "missingAnswers";
            case "marginSet" -> sets.isEmpty() ? "no-margins" : "marginSet";
            default -> field;
        }, message));
        FormFields.summary(links).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/analysis/scheme", model);
    }

    private static Map<String, Object> marginSets(List<MarginSet> sets, SchemeForm.Values values,
                                                  Map<String, String> problems) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (MarginSet set : sets) {
            items.add(Map.of("value", Long.toString(set.id()), "text", set.name(), "hint", Map.of("text",
                    set.area() + ", " + set.source() + ". Variables: " + String.join(", ", set.variables()) + ".")));
        }
        Map<String, Object> radios = fieldset("marginSet", "Population margins to weight to", problems);
        radios.put("value", values.marginSet());
        radios.put("items", items);
        return radios;
    }

    private static Map<String, Object> variables(List<MarginSet> sets, SchemeForm.Values values,
                                                 Map<String, String> problems) {
        Map<String, List<String>> setsByVariable = new LinkedHashMap<>();
        for (MarginSet set : sets) {
            for (String variable : set.variables()) {
                setsByVariable.computeIfAbsent(variable, v -> new ArrayList<>()).add(set.name());
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        setsByVariable.forEach((variable, names) -> items.add(Map.of("value", variable, "text", variable,
                "hint", Map.of("text", "In " + String.join(", ", names)))));
        Map<String, Object> checkboxes = fieldset("variables", "Variables to weight to", problems);
        checkboxes.put("hint", Map.of("text", "Each must have figures in the margins chosen above, and a question "
                + "mapped to it in the questionnaire."));
        checkboxes.put("values", values.variables());
        checkboxes.put("items", items);
        return checkboxes;
    }

    private static Map<String, Object> missingAnswers(SchemeForm.Values values, Map<String, String> problems) {
        Map<String, Object> radios = fieldset("missingAnswers",
                "Respondents who left a weighting question blank", problems);
        radios.put("value", values.missingAnswers());
        radios.put("items", List.of(
                Map.of("value", "DROP", "text", "Leave those respondents out and say how many"),
                Map.of("value", "REFUSE", "text", "Do not weight: stop and tell me")));
        return radios;
    }

    private static Map<String, Object> fieldset(String name, String legend, Map<String, String> problems) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("idPrefix", name);
        params.put("name", name);
        params.put("fieldset", Map.of("legend", Map.of("text", legend, "classes", "govuk-fieldset__legend--s")));
        if (problems.containsKey(name)) {
            params.put("errorMessage", Map.of("text", problems.get(name)));
        }
        return params;
    }
}
