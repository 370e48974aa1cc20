package uk.gov.safervoices.portal.staff.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.views.handlebars.HandlebarsViewsRenderer;
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
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A consultation's weighted results: every closed question's weighted percentages with confidence intervals,
 * optionally broken down by a variable (with the Rao-Scott test) and compared with an earlier consultation; and
 * the same figures as CSV.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
class ResultsController {
    private static final String CSV = "text/csv; charset=utf-8";

    private final Consultations consultations;
    private final Questionnaires questionnaires;
    private final Analyses analyses;
    private final WeightingSchemes schemes;
    private final StaffPages pages;
    private final HandlebarsViewsRenderer<Map<String, Object>, HttpRequest<?>> views;
    /**
     * The page's figures (tables and charts), rendered as HTML once per result and page variant: results are cached
     * by the data they were computed from (Analyses), so the same result object always gives the same figures, and
     * a cached page only has the rest to render (a by-ward page's figures are some 800 KB). Weak keys: a result
     * dropped from that cache drops its figures.
     */
    private final Cache<AnalysisResult, Map<String, String>> figures = Caffeine.newBuilder()
            .weakKeys().maximumSize(64).build();

    ResultsController(Consultations consultations, Questionnaires questionnaires, Analyses analyses,
                      WeightingSchemes schemes, StaffPages pages,
                      HandlebarsViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.views = views;
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.analyses = analyses;
        this.schemes = schemes;
        this.pages = pages;
    }

    @Get(StaffRoutes.ANALYSIS_RESULTS)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> results(HttpRequest<?> request, @PathVariable long id) {
        Optional<AnalysisSelection> found = select(request, id);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        AnalysisSelection selection = found.get();
        AnalysisResult result = result(selection);
        Map<String, Object> model = pages.model(request, "Results: " + selection.consultation().title());
        model.put("consultation", selection.consultation().title());
        model.put("scheme", selection.scheme().name());
        model.put("form", selection.form(consultations.all()));
        model.put("formAction", StaffRoutes.analysis(id, "results"));
        model.put("weightingUrl", selection.url("weighting"));
        model.put("csvUrl", selection.url("results.csv"));
        model.put("concernsUrl", selection.url("concerns"));
        model.put("backUrl", StaffRoutes.ANALYSIS);
        model.put("respondents", Figures.whole(result.respondents()));
        if (!result.weighted()) {
            model.put("notWeighted", true);
            return HttpResponse.ok(new ModelAndView<>("staff/analysis/results", model));
        }
        model.put("weighted", Figures.whole(result.design().respondents()));
        long dropped = result.raking().droppedRespondents();
        model.put("dropped", dropped == 0 ? null : Figures.whole(dropped));
        model.put("effective", Figures.whole(result.diagnostics().effectiveSampleSize()));
        model.put("population", Figures.whole(result.design().total()));
        model.put("minimumBase", selection.scheme().minimumBase());
        Optional<AnalysisResult> earlier = selection.comparison().map(c -> analyses.results(c.consultation().id(),
                c.version(), selection.scheme(), null));
        selection.comparison().ifPresent(c -> model.put("earlierName", c.consultation().title()));
        earlier.filter(r -> !r.weighted()).ifPresent(r -> model.put("earlierProblem", "The earlier consultation"
                + " cannot be weighted by this scheme, so no comparison is shown: "
                + r.problems().get(0).message()));
        String earlierName = selection.comparison().map(c -> c.consultation().title()).orElse(null);
        Optional<AnalysisResult> comparable = earlier.filter(AnalysisResult::weighted);
        String variant = comparable.map(r -> selection.comparison().get().consultation().id() + "@" + r.revision())
                .orElse("") + "|" + earlierName + "|" + selection.scheme().minimumBase();
        model.put("blocksHtml", figures.get(result, k -> new ConcurrentHashMap<>()).computeIfAbsent(variant,
                v -> render(request, ResultsPage.blocks(result, comparable, earlierName,
                        selection.scheme().minimumBase()), selection.scheme().minimumBase())));
        if (selection.breakdown() != null) {
            model.put("breakdownLabel", selection.breakdown().label());
        }
        return HttpResponse.ok(new ModelAndView<>("staff/analysis/results", model));
    }

    @Get(StaffRoutes.ANALYSIS_RESULTS_CSV)
    @Produces({CSV, MediaType.TEXT_HTML})
    HttpResponse<?> csv(HttpRequest<?> request, @PathVariable long id) {
        Optional<AnalysisSelection> found = select(request, id);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        AnalysisSelection selection = found.get();
        AnalysisResult result = result(selection);
        if (!result.weighted()) {
            return HttpResponse.seeOther(java.net.URI.create(selection.url("weighting")));
        }
        String name = selection.consultation().slug() + "-results" + (selection.breakdown() == null ? ""
                : "-by-" + selection.breakdown().variable()) + ".csv";
        return HttpResponse.ok(ResultsCsv.write(result)).contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                        + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }

    private String render(HttpRequest<?> request, List<Map<String, Object>> blocks, int minimumBase) {
        StringWriter html = new StringWriter();
        try {
            views.render("staff/analysis/result-blocks", Map.of("blocks", blocks, "minimumBase", minimumBase),
                    request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    private Optional<AnalysisSelection> select(HttpRequest<?> request, long id) {
        return AnalysisSelection.of(id, WeightingController.query(request), consultations, questionnaires, analyses,
                schemes);
    }

    private AnalysisResult result(AnalysisSelection selection) {
        return analyses.results(selection.consultation().id(), selection.questionnaireVersion(), selection.scheme(),
                selection.breakdown() == null ? null : selection.breakdown().variable());
    }
}
