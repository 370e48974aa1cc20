package uk.gov.safervoices.portal.survey;

import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An area question: a postcode box, a ward list, or both ("or choose your ward"), as the question's mode says. */
final class AreaView {
    private final DefinitionLibrary library;

    AreaView(DefinitionLibrary library) {
        this.library = library;
    }

    Map<String, Object> area(Question question, QuestionViews.FieldValues field) {
        String id = question.id();
        Question.AreaMode mode = question.areaMode();
        Map<String, Object> area = QuestionViews.group(question, field);
        if (mode != Question.AreaMode.WARD) {
            String key = id + ".postcode";
            Map<String, Object> postcode = new HashMap<>();
            postcode.put("id", FieldIds.of(key));
            postcode.put("name", key);
            postcode.put("label", Map.of("text", "Postcode"));
            postcode.put("classes", "govuk-input--width-10");
            postcode.put("autocomplete", "postal-code");
            postcode.put("spellcheck", false);
            postcode.put("value", field.first(key));
            field.error(key).ifPresent(message -> postcode.put("errorMessage", Map.of("text", message)));
            area.put("postcode", postcode);
        }
        if (mode != Question.AreaMode.POSTCODE) {
            String key = mode == Question.AreaMode.WARD ? id : id + ".ward";
            AreaLookup lookup = library.lookup(question.lookup()).orElseThrow();
            String chosen = field.first(key);
            List<Map<String, Object>> items = new ArrayList<>();
            items.add(Map.of("value", "", "text", "Choose a ward", "selected", chosen == null || chosen.isEmpty()));
            for (Ward ward : lookup.wards()) {
                items.add(Map.of("value", ward.code(), "text", ward.name(), "selected", ward.code().equals(chosen)));
            }
            Map<String, Object> select = new HashMap<>();
            select.put("id", FieldIds.of(key));
            select.put("name", key);
            select.put("label", Map.of("text", mode == Question.AreaMode.WARD ? "Ward" : "Or choose your ward"));
            select.put("items", items);
            field.error(key).ifPresent(message -> select.put("errorMessage", Map.of("text", message)));
            area.put("ward", select);
        }
        return area;
    }
}
