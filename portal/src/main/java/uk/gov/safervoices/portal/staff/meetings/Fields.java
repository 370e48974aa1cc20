package uk.gov.safervoices.portal.staff.meetings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GOV.UK component parameter maps for the meeting forms (inputs, text areas, selects and their errors). */
final class Fields {
    private Fields() {
    }

    static Map<String, Object> input(String name, String label, String hint, String value, Map<String, String> problems,
                                     String classes) {
        Map<String, Object> field = base(name, label, hint, value, problems);
        if (classes != null) {
            field.put("classes", classes);
        }
        return field;
    }

    static Map<String, Object> textarea(String name, String label, String hint, String value,
                                        Map<String, String> problems, int rows) {
        Map<String, Object> field = base(name, label, hint, value, problems);
        field.put("rows", rows);
        return field;
    }

    static Map<String, Object> select(String name, String label, List<Map<String, Object>> items,
                                      Map<String, String> problems) {
        Map<String, Object> field = base(name, label, null, null, problems);
        field.remove("value");
        field.put("items", items);
        return field;
    }

    static Map<String, Object> option(String value, String text, boolean selected) {
        return Map.of("value", value, "text", text, "selected", selected);
    }

    /** The error summary for these problems (field id to message), or null. */
    static Map<String, Object> summary(Map<String, String> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        return Map.of("titleText", "There is a problem", "errorList", problems.entrySet().stream()
                .map(p -> Map.of("text", p.getValue(), "href", "#" + (p.getKey().equals("date") ? "date-day"
                        : p.getKey()))).toList());
    }

    private static Map<String, Object> base(String name, String label, String hint, String value,
                                            Map<String, String> problems) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("id", name);
        field.put("name", name);
        field.put("label", Map.of("text", label, "classes", "govuk-label--s"));
        if (hint != null) {
            field.put("hint", Map.of("text", hint));
        }
        field.put("value", value == null ? "" : value);
        if (problems.containsKey(name)) {
            field.put("errorMessage", Map.of("text", problems.get(name)));
        }
        return field;
    }
}
