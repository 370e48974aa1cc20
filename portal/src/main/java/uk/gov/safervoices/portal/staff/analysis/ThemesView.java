package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.coding.Codebook;
import uk.gov.safervoices.admin.coding.CodingThemes;
import uk.gov.safervoices.admin.coding.FreeTextCoding;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a consultation's themes (ADR 0023): the list, with how many answers have each, and one theme's page with
 * its forms to rename it, merge it into another code, or delete it; again with what was posted and errors.
 */
@Singleton
class ThemesView {
    private final CodingThemes themes;
    private final FreeTextCoding coding;
    private final StaffPages pages;

    ThemesView(CodingThemes themes, FreeTextCoding coding, StaffPages pages) {
        this.themes = themes;
        this.coding = coding;
        this.pages = pages;
    }

    /** What was posted to a theme's page again, and errors by field id (the error summary links to them). */
    record Again(Map<String, String> values, Map<String, String> errors) {
        static final Again NONE = new Again(Map.of(), Map.of());
    }

    ModelAndView<Map<String, Object>> list(HttpRequest<?> request, Consultation consultation) {
        Map<String, Object> model = pages.model(request, "Themes: " + consultation.title());
        boolean analyst = StaffPages.has(request, Role.ANALYST);
        model.put("consultation", consultation.title());
        model.put("backUrl", StaffRoutes.analysis(consultation.id(), "coding"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CodingThemes.Theme theme : themes.themes(consultation.id())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", theme.code());
            row.put("name", theme.name());
            row.put("description", theme.description());
            row.put("answers", answers(theme.answers()));
            if (analyst) {
                row.put("href", StaffRoutes.codingTheme(consultation.id(), stored(theme.code()), null));
            }
            rows.add(row);
        }
        model.put("themes", rows);
        return new ModelAndView<>("staff/analysis/themes", model);
    }

    ModelAndView<Map<String, Object>> theme(HttpRequest<?> request, Consultation consultation,
                                            CodingThemes.Theme theme, Again again) {
        Map<String, Object> model = pages.model(request, (again.errors().isEmpty() ? "" : "Error: ") + theme.name()
                + ": themes of " + consultation.title());
        long id = consultation.id();
        String code = stored(theme.code());
        model.put("consultation", consultation.title());
        model.put("heading", theme.name());
        model.put("backUrl", StaffRoutes.analysis(id, "coding/themes"));
        model.put("code", theme.code());
        model.put("answers", answers(theme.answers()));
        if (theme.answers() > 0) {
            model.put("inUse", "It can be deleted once no answer is coded with it: " + answers(theme.answers())
                    + (theme.answers() == 1 ? " is" : " are") + ". Merge it instead to give them another code.");
        }
        model.put("renameAction", StaffRoutes.codingTheme(id, code, "rename"));
        model.put("mergeAction", StaffRoutes.codingTheme(id, code, "merge"));
        model.put("deleteAction", StaffRoutes.codingTheme(id, code, "delete"));
        Map<String, String> values = again.values();
        Map<String, String> errors = again.errors();
        model.put("nameField", FormFields.input("name", "Name", values.getOrDefault("name", theme.name()),
                errors.get("name")).with("classes", "govuk-input--width-30").map());
        String description = values.containsKey("description") ? values.get("description") : theme.description();
        model.put("descriptionField", FormFields.input("description", "What it covers (optional)",
                description == null ? "" : description, errors.get("description"))
                .with("hint", Map.of("text", "Its words help suggest it for answers")).with("rows", 2).map());
        model.put("intoSelect", into(coding.codebook(id), theme.code(), values.get("into"), errors.get("into")));
        model.put("mergeWarning", Map.of("text", "Every answer coded “" + theme.name() + "” gets the code you choose"
                + " instead, and the theme is deleted. This cannot be undone."));
        model.put("deleteError", errors.get("delete"));
        FormFields.summary(errors).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/analysis/theme", model);
    }

    /** The select of codes to merge into: the other themes, then the catalogue's concerns. */
    private static Map<String, Object> into(Codebook codebook, String self, String chosen, String error) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("value", "", "text", "Choose a theme or concern", "selected", chosen == null
                || chosen.isEmpty()));
        codebook.codes().stream().filter(c -> c.theme() && !c.code().equals(self)).forEach(c -> items.add(
                Map.of("value", c.code(), "text", c.name() + " (theme)", "selected", c.code().equals(chosen))));
        codebook.codes().stream().filter(c -> !c.theme()).forEach(c -> items.add(
                Map.of("value", c.code(), "text", c.name(), "selected", c.code().equals(chosen))));
        Map<String, Object> select = new LinkedHashMap<>();
        select.put("id", "into");
        select.put("name", "into");
        select.put("label", Map.of("text", "Merge it into", "classes", "govuk-label--s"));
        select.put("items", items);
        if (error != null) {
            select.put("errorMessage", Map.of("text", error));
        }
        return select;
    }

    static String answers(long count) {
        return count == 1 ? "1 answer" : String.format("%,d answers", count);
    }

    /** A theme's code without {@code theme:}, as its pages' addresses have it. */
    static String stored(String code) {
        return code.substring(Codebook.THEME_PREFIX.length());
    }
}
