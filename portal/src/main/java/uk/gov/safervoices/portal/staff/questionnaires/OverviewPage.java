package uk.gov.safervoices.portal.staff.questionnaires;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireOverview;
import uk.gov.safervoices.admin.questionnaire.VersionSummary;
import uk.gov.safervoices.definitions.load.ValidationError;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire's page: its versions, newest first, with what may be done with each; and, after a refused
 * action (publishing an invalid draft), why it was refused.
 */
@Singleton
class OverviewPage {
    private final StaffPages pages;

    OverviewPage(StaffPages pages) {
        this.pages = pages;
    }

    ModelAndView<Map<String, Object>> render(HttpRequest<?> request, QuestionnaireOverview overview,
                                             String problem, List<ValidationError> errors) {
        boolean refused = problem != null;
        Map<String, Object> model = pages.model(request, (refused ? "Error: " : "") + overview.questionnaire().title());
        List<VersionSummary> versions = overview.versions();
        boolean hasDraft = overview.draft().isPresent();
        List<Map<String, Object>> rows = new ArrayList<>(versions.stream().map(v -> QuestionnaireViews.version(v,
                v == versions.get(versions.size() - 1), hasDraft)).toList());
        Collections.reverse(rows);
        model.put("questionnaire", overview.questionnaire());
        model.put("versions", rows);
        model.put("editYamlUrl", StaffRoutes.questionnaireYaml(overview.questionnaire().id()));
        model.put("hasDraft", hasDraft);
        model.put("questionnairesUrl", StaffRoutes.QUESTIONNAIRES);
        if (refused) {
            model.put("problem", problem);
            model.put("errors", QuestionnaireViews.errors(errors));
            List<Map<String, Object>> links = new ArrayList<>();
            links.add(Map.of("text", problem, "href", errors.isEmpty() ? "#versions" : "#validation-errors"));
            links.addAll(QuestionnaireViews.summaryLinks(errors, "#validation-errors"));
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList", links));
        }
        return new ModelAndView<>("staff/questionnaires/overview", model);
    }
}
