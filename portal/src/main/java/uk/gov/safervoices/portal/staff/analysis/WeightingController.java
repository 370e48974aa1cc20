package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.analysis.Analyses;
import uk.gov.safervoices.admin.analysis.AnalysisResult;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.Map;
import java.util.Optional;

/**
 * Weighting diagnostics for a consultation: whether raking met every margin (target against achieved), how uneven
 * the weights are (a chart of their distribution, effective sample size, design effect) and warnings in plain
 * English; or, when weighting was refused, every reason and what to do about it.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured({StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
class WeightingController {
    private final Consultations consultations;
    private final Questionnaires questionnaires;
    private final Analyses analyses;
    private final WeightingSchemes schemes;
    private final MarginSets marginSets;
    private final StaffPages pages;

    WeightingController(Consultations consultations, Questionnaires questionnaires, Analyses analyses,
                        WeightingSchemes schemes, MarginSets marginSets, StaffPages pages) {
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.analyses = analyses;
        this.schemes = schemes;
        this.marginSets = marginSets;
        this.pages = pages;
    }

    @Get(StaffRoutes.ANALYSIS_WEIGHTING)
    HttpResponse<?> weighting(HttpRequest<?> request, @PathVariable long id) {
        Optional<AnalysisSelection> found = AnalysisSelection.of(id, query(request), consultations, questionnaires,
                analyses, schemes);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        AnalysisSelection selection = found.get();
        AnalysisResult result = analyses.results(id, selection.questionnaireVersion(), selection.scheme(), null);
        Map<String, Object> model = pages.model(request, "Weighting: " + selection.consultation().title());
        model.put("consultation", selection.consultation().title());
        model.put("scheme", selection.scheme().name());
        model.put("marginSetName", marginSets.find(selection.scheme().marginSetId()).map(m -> m.name()).orElse(""));
        model.put("variables", String.join(", ", selection.scheme().variables()));
        model.put("form", selection.form(consultations.all()));
        model.put("formAction", StaffRoutes.analysis(id, "weighting"));
        model.put("resultsUrl", selection.url("results"));
        model.put("backUrl", StaffRoutes.ANALYSIS);
        model.put("sources", WeightingPage.sources(questionnaires.definition(selection.questionnaireVersion()),
                selection.scheme()));
        WeightingPage.fill(model, result, selection);
        return HttpResponse.ok(new ModelAndView<>("staff/analysis/weighting", model));
    }

    static Map<String, String> query(HttpRequest<?> request) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        for (String name : java.util.List.of("version", "scheme", "by", "compare")) {
            request.getParameters().getFirst(name).filter(v -> !v.isBlank()).ifPresent(v -> query.put(name, v));
        }
        return query;
    }
}
