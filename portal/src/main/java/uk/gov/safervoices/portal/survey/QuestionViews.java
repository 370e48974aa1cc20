package uk.gov.safervoices.portal.survey;

import com.github.jknack.handlebars.Handlebars;
import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.answers.AnswerError;
import uk.gov.safervoices.definitions.answers.AnswerFields;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a question, the values to show in it and its errors into GOV.UK component parameters (the same names the
 * GOV.UK Nunjucks macros take), which the section page hands to the matching {@code govuk*} partials. Every
 * question is one block; a block lists the components it is made of.
 */
@Singleton
class QuestionViews {
    private static final String LEGEND_M = "govuk-fieldset__legend--m";
    private static final String LEGEND_S = "govuk-fieldset__legend--s";

    private final DefinitionLibrary library;

    QuestionViews(DefinitionLibrary library) {
        this.library = library;
    }

    Map<String, Object> block(Question question, FieldValues field) {
        List<Map<String, Object>> components = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE, SCALE -> components.add(one("radios", choiceGroup(question, field, false)));
            case MULTIPLE_CHOICE -> components.add(one("checkboxes", choiceGroup(question, field, true)));
            case GRID -> components.add(one("grid", grid(question, field)));
            case RANKING -> components.add(one("ranking", ranking(question, field)));
            case SHORT_TEXT, WHOLE_NUMBER -> components.add(one("input", input(question, field)));
            case LONG_TEXT -> components.add(one("textarea", textarea(question, field)));
            case DATE -> components.add(one("dateInput", date(question, field)));
            case AREA -> components.add(one("area", new AreaView(library).area(question, field)));
        }
        specify(question, field).ifPresent(input -> components.add(one("input", input)));
        if (question.preferNotToSay() && !AnswerFields.preferNotToSayIsChoice(question)) {
            components.add(one("checkboxes", preferNotToSay(question, field)));
        }
        Map<String, Object> block = new HashMap<>();
        block.put("id", question.id());
        block.put("components", components);
        return block;
    }

    static Map<String, Object> one(String kind, Object params) {
        Map<String, Object> component = new HashMap<>();
        component.put(kind, params);
        return component;
    }

    /** Radios or checkboxes for the question's choices, with an "or" divider before exclusive answers. */
    private Map<String, Object> choiceGroup(Question question, FieldValues field, boolean multiple) {
        String id = question.id();
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> chosen = field.values(id);
        for (Choice choice : question.choices()) {
            boolean exclusive = choice.exclusive() || Choice.PREFER_NOT_TO_SAY.equals(choice.id()) || choice.dontKnow();
            if (exclusive && !items.isEmpty() && !items.get(items.size() - 1).containsKey("divider")
                    && question.choices().indexOf(choice) == firstExclusive(question)) {
                items.add(Map.of("divider", "or"));
            }
            Map<String, Object> item = new HashMap<>();
            item.put("value", choice.id());
            item.put("text", choice.label());
            item.put("checked", chosen.contains(choice.id()));
            if (choice.hint() != null) {
                item.put("hint", Map.of("text", choice.hint()));
            }
            if (multiple && exclusive) {
                item.put("behaviour", "exclusive");
            }
            items.add(item);
        }
        Map<String, Object> params = fieldset(question, LEGEND_M, field, id);
        params.put("name", id);
        params.put("idPrefix", FieldIds.of(id));
        params.put("items", items);
        if (multiple && params.get("hint") == null) {
            params.put("hint", Map.of("text", question.maxSelections() == null ? "Select all that apply."
                    : "Select up to " + question.maxSelections() + "."));
        }
        return params;
    }

    private static int firstExclusive(Question question) {
        List<Choice> choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (c.exclusive() || c.dontKnow() || Choice.PREFER_NOT_TO_SAY.equals(c.id())) {
                return i;
            }
        }
        return -1;
    }

    /** A grid: the question as a group, one small radios group per item, all on the grid's scale. */
    private Map<String, Object> grid(Question question, FieldValues field) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GridItem item : question.items()) {
            String key = question.id() + "." + item.id();
            List<Map<String, Object>> items = new ArrayList<>();
            for (Choice choice : question.choices()) {
                items.add(Map.of("value", choice.id(), "text", choice.label(),
                        "checked", field.values(key).contains(choice.id())));
            }
            Map<String, Object> radios = new HashMap<>();
            radios.put("name", key);
            radios.put("idPrefix", FieldIds.of(key));
            radios.put("classes", "govuk-radios--small");
            radios.put("fieldset", Map.of("legend", Map.of("text", item.label(), "classes", LEGEND_S)));
            radios.put("items", items);
            field.error(key).ifPresent(message -> radios.put("errorMessage", Map.of("text", message)));
            rows.add(radios);
        }
        Map<String, Object> grid = group(question, field);
        grid.put("rows", rows);
        return grid;
    }

    /** Ranking without JavaScript: "First choice", "Second choice"... each a select of every option. */
    private Map<String, Object> ranking(Question question, FieldValues field) {
        List<Map<String, Object>> selects = new ArrayList<>();
        List<String> keys = AnswerFields.fieldKeys(question).stream()
                .filter(k -> k.matches(".*\\.\\d+")).toList();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String chosen = field.first(key);
            List<Map<String, Object>> items = new ArrayList<>();
            items.add(Map.of("value", "", "text", "Choose an option", "selected", chosen == null || chosen.isEmpty()));
            for (Choice choice : question.choices()) {
                items.add(Map.of("value", choice.id(), "text", choice.label(), "selected", choice.id().equals(chosen)));
            }
            Map<String, Object> select = new HashMap<>();
            select.put("id", FieldIds.of(key));
            select.put("name", key);
            select.put("label", Map.of("text", Ordinals.capitalised(i + 1) + " choice"));
            select.put("items", items);
            field.error(key).ifPresent(message -> select.put("errorMessage", Map.of("text", message)));
            selects.add(select);
        }
        Map<String, Object> ranking = group(question, field);
        ranking.put("selects", selects);
        return ranking;
    }

    private Map<String, Object> input(Question question, FieldValues field) {
        Map<String, Object> params = labelled(question, field, question.id());
        if (question.type() == uk.gov.safervoices.definitions.model.QuestionType.WHOLE_NUMBER) {
            params.put("classes", "govuk-input--width-5");
            params.put("inputmode", "numeric");
            params.put("spellcheck", false);
        }
        return params;
    }

    private Map<String, Object> textarea(Question question, FieldValues field) {
        Map<String, Object> params = labelled(question, field, question.id());
        params.put("rows", 6);
        return params;
    }

    private Map<String, Object> date(Question question, FieldValues field) {
        String id = question.id();
        Map<String, Object> params = fieldset(question, LEGEND_M, field, id + ".day", id + ".month", id + ".year");
        params.put("id", FieldIds.of(id));
        if (params.get("hint") == null) {
            params.put("hint", Map.of("text", "For example, 27 3 2007"));
        }
        String errorPart = field.errorKey(id + ".day", id + ".month", id + ".year");
        List<Map<String, Object>> items = new ArrayList<>();
        for (String[] part : new String[][]{{"day", "Day", "2"}, {"month", "Month", "2"}, {"year", "Year", "4"}}) {
            String key = id + "." + part[0];
            String classes = "govuk-input--width-" + part[2] + (errorPart != null ? " govuk-input--error" : "");
            Map<String, Object> item = new HashMap<>();
            item.put("id", FieldIds.of(key));
            item.put("name", key);
            item.put("label", part[1]);
            item.put("classes", classes);
            item.put("value", field.first(key));
            items.add(item);
        }
        params.put("items", items);
        return params;
    }

    private java.util.Optional<Map<String, Object>> specify(Question question, FieldValues field) {
        return question.choices().stream().filter(Choice::specify).findFirst().map(choice -> {
            String key = question.id() + AnswerFields.SPECIFY_SUFFIX;
            Map<String, Object> params = new HashMap<>();
            params.put("id", FieldIds.of(key));
            params.put("name", key);
            params.put("label", Map.of("text", "If you chose ‘" + choice.label() + "’, please say what"));
            params.put("value", field.first(key));
            field.error(key).ifPresent(message -> params.put("errorMessage", Map.of("text", message)));
            return params;
        });
    }

    private Map<String, Object> preferNotToSay(Question question, FieldValues field) {
        String key = question.id() + AnswerFields.PREFER_NOT_TO_SAY_SUFFIX;
        Map<String, Object> params = new HashMap<>();
        params.put("name", key);
        params.put("idPrefix", FieldIds.of(key));
        params.put("classes", "govuk-checkboxes--small");
        // The box stands apart from its question's fieldset: hidden text tells a screen reader which question it is for.
        String html = "Prefer not to say<span class=\"govuk-visually-hidden\"> (" + Handlebars.Utils.escapeExpression(question.text()) + ")</span>";
        params.put("items", List.of(Map.of("value", "true", "html", html,
                "checked", field.values(key).contains("true") || field.values(key).contains("on"))));
        field.error(key).ifPresent(message -> params.put("errorMessage", Map.of("text", message)));
        return params;
    }

    /** Label-based components (input, textarea): the question is the label. */
    private static Map<String, Object> labelled(Question question, FieldValues field, String key) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", FieldIds.of(key));
        params.put("name", key);
        params.put("label", Map.of("text", questionText(question), "classes", "govuk-label--m"));
        if (question.hint() != null) {
            params.put("hint", Map.of("text", question.hint()));
        }
        params.put("value", field.first(key));
        field.error(key).ifPresent(message -> params.put("errorMessage", Map.of("text", message)));
        return params;
    }

    /** Fieldset-based components (radios, checkboxes, date): the question is the legend. */
    static Map<String, Object> fieldset(Question question, String legendClasses, FieldValues field, String... keys) {
        Map<String, Object> params = new HashMap<>();
        params.put("fieldset", Map.of("legend", Map.of("text", questionText(question), "classes", legendClasses)));
        if (question.hint() != null) {
            params.put("hint", Map.of("text", question.hint()));
        }
        String errorKey = field.errorKey(keys);
        if (errorKey != null) {
            params.put("errorMessage", Map.of("text", field.error(errorKey).orElseThrow()));
        }
        return params;
    }

    /** A group of several components answering one question (grid, ranking, area): legend, hint, id. */
    static Map<String, Object> group(Question question, FieldValues field) {
        Map<String, Object> group = new HashMap<>();
        group.put("id", FieldIds.of(question.id()));
        group.put("legend", questionText(question));
        group.put("hint", question.hint());
        group.put("hasError", field.anyErrorFor(question.id()));
        return group;
    }

    static String questionText(Question question) {
        return question.required() ? question.text() : question.text() + " (optional)";
    }

    /** The values shown in a question's fields and the errors against them, by field key. */
    record FieldValues(Map<String, List<String>> values, Map<String, String> errors) {
        List<String> values(String key) {
            return values.getOrDefault(key, List.of());
        }

        String first(String key) {
            List<String> list = values(key);
            return list.isEmpty() ? null : list.get(0);
        }

        java.util.Optional<String> error(String key) {
            return java.util.Optional.ofNullable(errors.get(key));
        }

        String errorKey(String... keys) {
            for (String key : keys) {
                if (errors.containsKey(key)) {
                    return key;
                }
            }
            return null;
        }

        boolean anyErrorFor(String questionId) {
            return errors.keySet().stream().anyMatch(k -> k.equals(questionId) || k.startsWith(questionId + "."));
        }

        static FieldValues of(Map<String, List<String>> values, List<AnswerError> errors) {
            Map<String, String> byField = new HashMap<>();
            errors.forEach(e -> byField.putIfAbsent(e.fieldKey(), e.message()));
            return new FieldValues(values == null ? Map.of() : values, byField);
        }
    }
}
