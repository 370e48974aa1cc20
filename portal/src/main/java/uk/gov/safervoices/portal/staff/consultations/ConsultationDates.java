package uk.gov.safervoices.portal.staff.consultations;

import uk.gov.safervoices.portal.web.Forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Consultation dates on staff forms: GOV.UK date inputs, read as whole days in UK time. */
public final class ConsultationDates {
    static final ZoneId UK = ZoneId.of("Europe/London");

    private ConsultationDates() {
    }

    public static Map<String, Object> input(String name, String legend, String hint, Map<String, String> value,
                                                 String error) {
        String fieldClass = error == null ? "" : " govuk-input--error";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", name);
        params.put("namePrefix", name);
        params.put("fieldset", Map.of("legend", Map.of("text", legend, "classes", "govuk-fieldset__legend--s")));
        params.put("hint", Map.of("text", hint));
        params.put("items", List.of(
                Map.of("name", "day", "classes", "govuk-input--width-2" + fieldClass, "value", value.get("day")),
                Map.of("name", "month", "classes", "govuk-input--width-2" + fieldClass, "value", value.get("month")),
                Map.of("name", "year", "classes", "govuk-input--width-4" + fieldClass, "value", value.get("year"))));
        if (error != null) {
            params.put("errorMessage", Map.of("text", error));
        }
        return params;
    }

    public static Map<String, String> of(LocalDate date) {
        return Map.of("day", Integer.toString(date.getDayOfMonth()), "month",
                Integer.toString(date.getMonthValue()), "year", Integer.toString(date.getYear()));
    }

    public static Map<String, String> posted(Map<String, List<String>> fields, String prefix) {
        Map<String, String> value = new LinkedHashMap<>();
        for (String part : List.of("day", "month", "year")) {
            value.put(part, Optional.ofNullable(Forms.first(fields, prefix + "-" + part)).orElse("").trim());
        }
        return value;
    }

    public static Optional<LocalDate> parse(Map<String, String> value) {
        try {
            int year = Integer.parseInt(value.get("year"));
            if (year < 2000 || year > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(value.get("month")),
                    Integer.parseInt(value.get("day"))));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
