package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.analysis.Analyses;
import uk.gov.safervoices.admin.coding.Codebook;
import uk.gov.safervoices.admin.coding.CodeableQuestion;
import uk.gov.safervoices.admin.coding.FreeTextAnswers;
import uk.gov.safervoices.admin.coding.FreeTextCoding;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Renders the coding page (ADR 0023) for its controllers: as asked, or again with what was posted and errors. */
@Singleton
class CodingView {
    private final Consultations consultations;
    private final Questionnaires questionnaires;
    private final Analyses analyses;
    private final FreeTextAnswers answers;
    private final FreeTextCoding coding;
    private final StaffPages pages;

    CodingView(Consultations consultations, Questionnaires questionnaires, Analyses analyses, FreeTextAnswers answers,
               FreeTextCoding coding, StaffPages pages) {
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.analyses = analyses;
        this.answers = answers;
        this.coding = coding;
        this.pages = pages;
    }

    Optional<CodingSelection> selection(long consultationId, Map<String, String> query) {
        return CodingSelection.of(consultationId, query, consultations, questionnaires, analyses);
    }

    /** What was posted to the page again, and errors by field id (the error summary links to them). */
    record Again(Map<Long, CodingPage.Posted> answers, Map<String, String> values, Map<String, String> errors) {
        static final Again NONE = new Again(Map.of(), Map.of(), Map.of());
    }

    ModelAndView<Map<String, Object>> render(HttpRequest<?> request, CodingSelection selection, Again again) {
        String title = "Code residents’ own words";
        Map<String, Object> model = pages.model(request, (again.errors().isEmpty() ? "" : "Error: ") + title + ": "
                + selection.consultation().title());
        long id = selection.consultation().id();
        model.put("heading", title);
        model.put("consultation", selection.consultation().title());
        model.put("backUrl", StaffRoutes.ANALYSIS);
        model.put("concernsUrl", StaffRoutes.analysis(id, "concerns"));
        model.put("formAction", StaffRoutes.analysis(id, "coding"));
        model.put("bulkAction", StaffRoutes.analysis(id, "coding/bulk"));
        model.put("themeAction", StaffRoutes.analysis(id, "coding/themes"));
        model.put("themesUrl", StaffRoutes.analysis(id, "coding/themes"));
        model.put("exportAction", StaffRoutes.analysis(id, "coding/export"));
        boolean analyst = StaffPages.has(request, Role.ANALYST);
        model.put("analyst", analyst);
        if (selection.version() == null) {
            model.put("noResponses", true);
            return new ModelAndView<>("staff/analysis/coding", model);
        }
        model.put("selection", selection.query(1));
        model.put("selectionNow", selection.query(selection.page()));
        model.put("selects", selects(selection));
        if (selection.question() == null) {
            model.put("noFreeText", true);
            return new ModelAndView<>("staff/analysis/coding", model);
        }
        CodeableQuestion question = selection.question();
        model.put("questionLabel", question.label());
        model.put("rankedOther", question.rankedOther());
        FreeTextAnswers.Page page = answers.page(selection.scope(), selection.show(), selection.page(),
                CodingSelection.PAGE_SIZE);
        Codebook codebook = coding.codebook(id);
        model.put("counts", Map.of("all", page.coded() + page.uncoded(), "coded", page.coded(),
                "uncoded", page.uncoded()));
        model.put("anyCoded", page.coded() > 0);
        model.put("answers", CodingPage.answers(page, codebook, CodingPage.suggestions(codebook,
                answers.learned(id)), again.answers(), again.errors()));
        model.put("showing", switch (selection.show()) {
            case UNCODED -> "not coded yet";
            case CODED -> "coded";
            case ALL -> "";
        });
        model.put("pagination", pagination(selection, page));
        model.put("bulkWord", CodingPage.input("bulk-word", "word", "Word", again.values().get("word"),
                "Any form of it: “light” finds “lights” and “lighting”", again.errors().get("bulk-word"),
                "govuk-input--width-20"));
        model.put("bulkCode", CodingPage.codeSelect(codebook, again.values().get("code"),
                again.errors().get("bulk-code")));
        model.put("themeName", CodingPage.input("theme-name", "name", "Name", again.values().get("name"), null,
                again.errors().get("theme-name"), "govuk-input--width-30"));
        model.put("themeDescription", CodingPage.input("theme-description", "description", "What it covers (optional)",
                again.values().get("description"), "Its words help suggest it for answers",
                again.errors().get("theme-description"),
                "govuk-input--width-30"));
        model.put("themes", codebook.codes().stream().filter(Codebook.Code::theme).map(Codebook.Code::name).toList());
        if (!again.errors().isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            again.errors().forEach((field, message) -> list.add(Map.of("text", message, "href", "#" + field)));
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList", list));
        }
        return new ModelAndView<>("staff/analysis/coding", model);
    }

    private static Map<String, Object> selects(CodingSelection selection) {
        Map<String, Object> selects = new LinkedHashMap<>();
        if (selection.versions().size() > 1) {
            selects.put("version", select("version", "Questionnaire version", selection.versions().stream()
                    .map(v -> option(Long.toString(v.versionId()), "Version " + v.versionNumber() + " ("
                            + String.format("%,d", v.responses()) + " responses)",
                            v.versionId() == selection.version().versionId())).toList()));
        }
        if (!selection.questions().isEmpty()) {
            selects.put("question", select("question", "Question", selection.questions().stream()
                    .map(q -> option(q.id(), q.label(), q == selection.question())).toList()));
        }
        List<Map<String, Object>> shows = new ArrayList<>();
        for (FreeTextAnswers.Show show : FreeTextAnswers.Show.values()) {
            shows.add(option(show.name().toLowerCase(Locale.ROOT), switch (show) {
                case UNCODED -> "Not coded yet";
                case CODED -> "Coded";
                case ALL -> "All answers";
            }, show == selection.show()));
        }
        selects.put("show", select("show", "Show", shows));
        return selects;
    }

    private static Map<String, Object> pagination(CodingSelection selection, FreeTextAnswers.Page page) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("page", page.page());
        pagination.put("totalPages", page.pages());
        if (page.page() > 1) {
            pagination.put("previous", selection.url(Math.min(page.page() - 1, page.pages())));
        }
        if (page.page() < page.pages()) {
            pagination.put("next", selection.url(page.page() + 1));
        }
        return pagination;
    }

    private static Map<String, Object> select(String name, String label, List<Map<String, Object>> items) {
        return Map.of("id", name, "name", name, "label", Map.of("text", label), "items", items);
    }

    private static Map<String, Object> option(String value, String text, boolean selected) {
        return Map.of("value", value, "text", text, "selected", selected);
    }
}
