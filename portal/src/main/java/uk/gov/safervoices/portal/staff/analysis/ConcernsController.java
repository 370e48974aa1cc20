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
import uk.gov.safervoices.admin.analysis.ConcernResults;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Residents' concerns ranked from a ranking question, weighted by a scheme, with how sure we can be of the order
 * (issue 6). The same selection as the results page: questionnaire version and weighting scheme.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
class ConcernsController {
    private final Consultations consultations;
    private final Questionnaires questionnaires;
    private final Analyses analyses;
    private final ConcernResults concernResults;
    private final WeightingSchemes schemes;
    private final StaffPages pages;

    ConcernsController(Consultations consultations, Questionnaires questionnaires, Analyses analyses,
                       ConcernResults concernResults, WeightingSchemes schemes, StaffPages pages) {
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.analyses = analyses;
        this.concernResults = concernResults;
        this.schemes = schemes;
        this.pages = pages;
    }

    @Get(StaffRoutes.ANALYSIS_CONCERNS)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> concerns(HttpRequest<?> request, @PathVariable long id) {
        Optional<AnalysisSelection> found = AnalysisSelection.of(id, WeightingController.query(request),
                consultations, questionnaires, analyses, schemes);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        AnalysisSelection selection = found.get();
        Map<String, Object> model = pages.model(request, "Ranked concerns: " + selection.consultation().title());
        model.put("consultation", selection.consultation().title());
        model.put("scheme", selection.scheme().name());
        model.put("formAction", StaffRoutes.analysis(id, "concerns"));
        model.put("resultsUrl", selection.url("results"));
        model.put("weightingUrl", selection.url("weighting"));
        model.put("backUrl", StaffRoutes.ANALYSIS);
        model.put("codingUrl", StaffRoutes.analysis(id, "coding") + "?version="
                + selection.questionnaireVersion().id());
        List<Question> questions = concernResults.rankingQuestions(selection.questionnaireVersion());
        Map<String, Object> form = selection.form(consultations.all());
        model.put("versionSelect", form.get("version"));
        model.put("schemeSelect", form.get("scheme"));
        model.put("bySelect", form.get("by"));
        if (questions.isEmpty()) {
            model.put("noRankingQuestion", true);
            return HttpResponse.ok(new ModelAndView<>("staff/analysis/concerns", model));
        }
        String chosen = request.getParameters().getFirst("question").orElse("");
        Question question = questions.stream().filter(q -> q.id().equals(chosen)).findFirst().orElse(questions.get(0));
        if (questions.size() > 1) {
            model.put("questionSelect", Map.of("id", "question", "name", "question",
                    "label", Map.of("text", "Ranking question"), "items", questions.stream().map(q -> Map.of(
                            "value", q.id(), "text", q.text(), "selected", q == question)).toList()));
        }
        model.put("questionText", question.text());
        ConcernResults.ConcernResult result = concernResults.results(selection.consultation().id(),
                selection.questionnaireVersion(), selection.scheme(), question);
        if (!result.weighted()) {
            model.put("notWeighted", true);
            model.put("problems", result.problems().stream().map(p -> p.message()).toList());
            return HttpResponse.ok(new ModelAndView<>("staff/analysis/concerns", model));
        }
        model.putAll(ConcernsPage.model(result));
        model.put("minimumBase", selection.scheme().minimumBase());
        model.put("rated", ConcernsPage.rated(result.rated(), selection.scheme().minimumBase()));
        if (selection.breakdown() != null) {
            List<ConcernResults.GroupConcerns> byGroup = concernResults.byGroup(selection.consultation().id(),
                    selection.questionnaireVersion(), selection.scheme(), question, selection.breakdown().variable());
            if (!byGroup.isEmpty()) {
                model.put("groups", ConcernsPage.groups(byGroup, selection.scheme().minimumBase()));
                model.put("breakdownLabel", selection.breakdown().label());
            }
        }
        return HttpResponse.ok(new ModelAndView<>("staff/analysis/concerns", model));
    }
}
