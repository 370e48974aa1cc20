package uk.gov.safervoices.portal.staff;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parameter maps for the GOV.UK partials of staff forms ({@code views/partials/govuk}): a text input with its
 * label and error message, and the error summary linking to each field in error.
 */
public final class FormFields {
    private final Map<String, Object> params = new HashMap<>();

    private FormFields() {
    }

    /** A govukInput: id and name {@code name}, a bold label, the value to show again, and its error if any. */
    public static FormFields input(String name, String label, String value, String error) {
        FormFields field = new FormFields();
        field.params.put("id", name);
        field.params.put("name", name);
        field.params.put("label", Map.of("text", label, "classes", "govuk-label--s"));
        field.params.put("value", value);
        if (error != null) {
            field.params.put("errorMessage", Map.of("text", error));
        }
        return field;
    }

    public FormFields with(String key, Object value) {
        params.put(key, value);
        return this;
    }

    public Map<String, Object> map() {
        return params;
    }

    /** A govukErrorSummary for these problems (field id to message), or nothing when there are none. */
    public static Optional<Map<String, Object>> summary(Map<String, String> problems) {
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> links = problems.entrySet().stream()
                .map(p -> Map.<String, Object>of("text", p.getValue(), "href", "#" + p.getKey())).toList();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("titleText", "There is a problem");
        summary.put("errorList", links);
        return Optional.of(summary);
    }
}
