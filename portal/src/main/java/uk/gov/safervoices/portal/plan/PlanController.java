package uk.gov.safervoices.portal.plan;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ModelAndView;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.plan.PlanSummaries;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Routes;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published plan summary (issue 7): the latest plan year at {@code /plan}, each plan year at a stable address,
 * its earlier versions, its figures as CSV and JSON for dashboards, and "We asked, you said, we did" for a closed
 * consultation whose residents' views a published summary used. Everything here comes from published versions,
 * which come from decisions' frozen evidence; no response-level data is ever served.
 */
@Controller
class PlanController {
    private final PlanSummaries summaries;
    private final Consultations consultations;
    private final Pages pages;

    PlanController(PlanSummaries summaries, Consultations consultations, Pages pages) {
        this.summaries = summaries;
        this.consultations = consultations;
        this.pages = pages;
    }

    @Get(Routes.PLAN)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> latest() {
        List<String> years = summaries.publishedYears();
        if (!years.isEmpty()) {
            return HttpResponse.seeOther(URI.create(Routes.plan(years.get(0))));
        }
        Map<String, Object> model = pages.model("Community safety plan summary");
        return HttpResponse.ok(new ModelAndView<>("plan-none", model));
    }

    @Get(Routes.PLAN_YEAR)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> year(@PathVariable String year) {
        return page(summaries.latest(year));
    }

    @Get(Routes.PLAN_VERSION)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> version(@PathVariable String year, @PathVariable int version) {
        return page(summaries.version(year, version));
    }

    @Get(Routes.PLAN_FIGURES_CSV)
    @Produces("text/csv; charset=utf-8")
    HttpResponse<?> csv(@PathVariable String year) {
        return summaries.latest(year).<HttpResponse<?>>map(v -> HttpResponse.ok(
                        PlanFigures.csv(v).getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"plan-" + year + "-figures.csv\""))
                .orElse(HttpResponse.notFound());
    }

    @Get(Routes.PLAN_FIGURES_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<?> json(@PathVariable String year) {
        return summaries.latest(year).<HttpResponse<?>>map(v -> HttpResponse.ok(PlanFigures.json(v)))
                .orElse(HttpResponse.notFound());
    }

    @Get(Routes.YOU_SAID_WE_DID)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> youSaidWeDid(@PathVariable String slug) {
        Optional<Consultation> consultation = consultations.bySlug(slug);
        if (consultation.isEmpty()) {
            return HttpResponse.notFound();
        }
        Optional<PlanSummaries.Version> latest = summaries.yearUsing(consultation.get().id())
                .flatMap(summaries::latest);
        if (latest.isPresent()) {
            Map<String, Object> model = pages.model("We asked, you said, we did: " + consultation.get().title());
            PlanPage.addTo(model, latest.get().content());
            model.put("consultationTitle", consultation.get().title());
            model.put("consultationUrl", Routes.consultation(slug));
            model.put("planUrl", Routes.plan(latest.get().planYear()));
            return HttpResponse.ok(new ModelAndView<>("you-said-we-did", model));
        }
        return HttpResponse.notFound();
    }

    private HttpResponse<?> page(Optional<PlanSummaries.Version> found) {
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        PlanSummaries.Version version = found.get();
        List<PlanSummaries.Version> versions = summaries.versions(version.planYear());
        Map<String, Object> model = pages.model("Community safety plan summary " + version.planYear());
        PlanPage.addTo(model, version.content());
        int latest = versions.get(versions.size() - 1).version();
        model.put("published", Pages.date(version.publishedAt()));
        model.put("correction", version.correctionNote());
        if (version.version() != latest) {
            model.put("olderVersion", version.version());
            model.put("latestUrl", Routes.plan(version.planYear()));
        }
        model.put("versions", versions.size() < 2 ? List.of() : versions.stream().map(v -> Map.of(
                "version", v.version(), "date", Pages.date(v.publishedAt()), "note",
                v.correctionNote() == null ? "First published" : v.correctionNote(),
                "url", Routes.planVersion(v.planYear(), v.version()), "current", v.version() == version.version()))
                .toList());
        model.put("csvUrl", Routes.planFigures(version.planYear(), "csv"));
        model.put("jsonUrl", Routes.planFigures(version.planYear(), "json"));
        return HttpResponse.ok(new ModelAndView<>("plan", model));
    }
}
