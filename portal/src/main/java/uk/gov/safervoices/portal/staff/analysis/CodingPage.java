package uk.gov.safervoices.portal.staff.analysis;

import uk.gov.safervoices.admin.coding.Codebook;
import uk.gov.safervoices.admin.coding.FreeTextAnswers;
import uk.gov.safervoices.admin.coding.suggest.CodeWords;
import uk.gov.safervoices.admin.coding.suggest.KeywordSuggestions;
import uk.gov.safervoices.admin.coding.suggest.Suggestion;
import uk.gov.safervoices.admin.coding.suggest.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The coding page's answers (ADR 0023): for each, its words, where it stands, and checkboxes of codes: the codes it
 * has and up to {@value #SUGGESTED} suggested ones first (with the words that suggest them), the rest under "More
 * codes", and a box for a new theme. What an analyst posted is shown again when the page comes back with an error.
 */
final class CodingPage {
    static final int SUGGESTED = 3;

    private CodingPage() {
    }

    /** What was posted for one answer: the codes ticked and a new theme's name. */
    record Posted(Set<String> codes, String theme) {
    }

    static KeywordSuggestions suggestions(Codebook codebook, List<uk.gov.safervoices.admin.coding.suggest.CodedText>
            learned) {
        return KeywordSuggestions.of(codebook.codes().stream().map(c -> new CodeWords(c.code(), c.name(),
                c.description())).toList(), learned);
    }

    static List<Map<String, Object>> answers(FreeTextAnswers.Page page, Codebook codebook,
                                             KeywordSuggestions suggestions, Map<Long, Posted> posted,
                                             Map<String, String> errors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FreeTextAnswers.Answer answer : page.answers()) {
            long id = answer.responseId();
            Posted again = posted.get(id);
            Set<String> ticked = again != null ? again.codes() : new LinkedHashSet<>(answer.codes());
            Map<String, Suggestion> suggested = new LinkedHashMap<>();
            for (Suggestion suggestion : suggestions.suggest(answer.text())) {
                if (suggested.size() < SUGGESTED) {
                    suggested.put(suggestion.code(), suggestion);
                }
            }
            Map<String, String> spelled = spelled(answer.text());
            List<Map<String, Object>> first = new ArrayList<>();
            List<Map<String, Object>> more = new ArrayList<>();
            for (String code : answer.codes()) {
                codebook.code(code).ifPresent(c -> first.add(item(c, ticked, suggested.get(code), spelled)));
            }
            suggested.keySet().stream().filter(code -> !answer.codes().contains(code)).forEach(code ->
                    codebook.code(code).ifPresent(c -> first.add(item(c, ticked, suggested.get(code), spelled))));
            for (Codebook.Code code : codebook.codes()) {
                if (!answer.codes().contains(code.code()) && !suggested.containsKey(code.code())) {
                    more.add(item(code, ticked, null, spelled));
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("responseId", id);
            row.put("reference", answer.reference());
            row.put("text", answer.text());
            row.put("place", answer.rank() == null ? null : "Ranked " + ConcernsPage.ordinal(answer.rank()));
            row.put("codes", answer.codes().stream().map(c -> codebook.code(c).map(Codebook.Code::name).orElse(c))
                    .toList());
            String legend = "Codes for the answer from response " + answer.reference();
            if (!first.isEmpty()) {
                row.put("suggested", checkboxes("codes-" + id, "codes-" + id, legend, first));
            }
            row.put("more", checkboxes("more-" + id, "codes-" + id, first.isEmpty() ? legend
                    : "More codes for the answer from response " + answer.reference(), more));
            row.put("moreCount", more.size());
            row.put("noSuggestion", suggested.isEmpty());
            Map<String, Object> theme = new LinkedHashMap<>();
            theme.put("id", "theme-" + id);
            theme.put("name", "theme-" + id);
            theme.put("label", Map.of("text", "Or a new theme", "classes", "govuk-label--s"));
            theme.put("classes", "govuk-input--width-20");
            theme.put("value", again == null ? "" : again.theme());
            String error = errors.get("theme-" + id);
            if (error != null) {
                theme.put("errorMessage", Map.of("text", error));
            }
            row.put("theme", theme);
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> item(Codebook.Code code, Set<String> ticked, Suggestion suggestion,
                                            Map<String, String> spelled) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("value", code.code());
        item.put("text", code.name() + (code.theme() ? " (theme)" : ""));
        item.put("checked", ticked.contains(code.code()));
        if (suggestion != null) {
            List<String> words = suggestion.words().stream().map(w -> "“" + spelled.getOrDefault(w, w) + "”")
                    .toList();
            item.put("hint", Map.of("text", "Suggested: the answer says " + String.join(", ", words)));
        }
        return item;
    }

    private static Map<String, Object> checkboxes(String idPrefix, String name, String legend,
                                                  List<Map<String, Object>> items) {
        Map<String, Object> checkboxes = new LinkedHashMap<>();
        checkboxes.put("idPrefix", idPrefix);
        checkboxes.put("name", name);
        checkboxes.put("classes", "govuk-checkboxes--small");
        checkboxes.put("fieldset", Map.of("legend", Map.of("text", legend, "classes",
                "govuk-fieldset__legend--s govuk-visually-hidden")));
        checkboxes.put("items", items);
        return checkboxes;
    }

    /** Each stem of the text to the word as the resident spelt it (its first appearance), for the hints. */
    static Map<String, String> spelled(String text) {
        Map<String, String> spelled = new HashMap<>();
        for (String word : text.split("[^\\p{L}\\p{Nd}'’]+")) {
            for (String stem : Words.of(word)) {
                spelled.putIfAbsent(stem, word.toLowerCase(Locale.UK));
            }
        }
        return spelled;
    }

    /** The select of codes for "add a code to every answer containing a word". */
    static Map<String, Object> codeSelect(Codebook codebook, String chosen, String error) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("value", "", "text", "Choose a code", "selected", chosen == null || chosen.isEmpty()));
        for (Codebook.Code code : codebook.codes()) {
            items.add(Map.of("value", code.code(), "text", code.name() + (code.theme() ? " (theme)" : ""),
                    "selected", code.code().equals(chosen)));
        }
        Map<String, Object> select = new LinkedHashMap<>();
        select.put("id", "bulk-code");
        select.put("name", "code");
        select.put("label", Map.of("text", "Code to add"));
        select.put("items", items);
        if (error != null) {
            select.put("errorMessage", Map.of("text", error));
        }
        return select;
    }

    static Map<String, Object> input(String id, String name, String label, String value, String hint, String error,
                                     String classes) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", id);
        input.put("name", name);
        input.put("label", Map.of("text", label));
        input.put("value", value == null ? "" : value);
        input.put("classes", classes);
        if (hint != null) {
            input.put("hint", Map.of("text", hint));
        }
        if (error != null) {
            input.put("errorMessage", Map.of("text", error));
        }
        return input;
    }
}
