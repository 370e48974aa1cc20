package uk.gov.safervoices.portal.staff.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.plan.PlanDraft;
import uk.gov.safervoices.admin.plan.PlanSummaries;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.portal.plan.PlanPage;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Routes;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff assemble the plan summary of a plan year from its current decision (issue 7, ADR 0027): write the
 * introduction, what will be done per priority and the measures of success, preview it exactly as residents will
 * see it, publish it, and publish corrected versions that say what changed. The consultation team and partnership
 * members may do this.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured({StaffAccess.CONSULTATION, StaffAccess.PARTNERSHIP})
class PlanSummaryController {
    private static final String STALE = "Someone changed this draft while you were editing it, so nothing was saved."
            + " The form shows what you entered: check it and save again.";
    private static final String PUBLISHED_MEANWHILE = "Someone else published this plan summary a moment ago, so"
            + " yours was not published. Check the latest version and try again.";

    private final PlanSummaries summaries;
    private final Decisions decisions;
    private final PlanMeetings meetings;
    private final DefinitionLibrary library;
    private final StaffPages pages;
    private final Pages publicPages;
    private final StaffForms forms;
    private final StaffFlash flash;

    PlanSummaryController(PlanSummaries summaries, Decisions decisions, PlanMeetings meetings,
                          DefinitionLibrary library, StaffPages pages, Pages publicPages, StaffForms forms,
                          StaffFlash flash) {
        this.summaries = summaries;
        this.decisions = decisions;
        this.meetings = meetings;
        this.library = library;
        this.pages = pages;
        this.publicPages = publicPages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.PLANS)
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "Plan summaries");
        List<Map<String, Object>> years = decisions.all().stream().filter(Decisions.Decision::current).map(d -> {
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("planYear", d.planYear());
            year.put("url", StaffRoutes.plan(d.planYear()));
            List<PlanSummaries.Version> versions = summaries.versions(d.planYear());
            year.put("status", versions.isEmpty() ? "Not published" : "Version " + versions.size() + " published "
                    + StaffDates.dateTime(versions.get(versions.size() - 1).publishedAt()));
            year.put("published", !versions.isEmpty());
            year.put("publicUrl", Routes.plan(d.planYear()));
            return year;
        }).toList();
        model.put("years", years);
        model.put("prioritiesUrl", StaffRoutes.PRIORITIES);
        return new ModelAndView<>("staff/plan/list", model);
    }

    @Get(StaffRoutes.PLAN)
    HttpResponse<?> edit(HttpRequest<?> request, @PathVariable String year) {
        Optional<Decisions.Decision> decision = decision(year);
        if (decision.isEmpty()) {
            return HttpResponse.notFound();
        }
        Optional<PlanSummaries.SavedDraft> saved = summaries.draft(year);
        PlanDraftForm form = PlanDraftForm.of(saved.map(PlanSummaries.SavedDraft::draft).orElse(PlanDraft.EMPTY),
                saved.map(PlanSummaries.SavedDraft::revision).orElse(0), decision.get().priorities());
        return HttpResponse.ok(page(request, year, form, saved, null));
    }

    @Post(StaffRoutes.PLAN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, StaffUser user, @PathVariable String year,
                         @Nullable @Body String body) {
        Optional<Decisions.Decision> decision = decision(year);
        if (decision.isEmpty()) {
            return HttpResponse.notFound();
        }
        PlanDraftForm form = PlanDraftForm.posted(forms.read(request, body), decision.get().priorities());
        if (!form.problems.isEmpty()) {
            return HttpResponse.ok(page(request, year, form, summaries.draft(year), null));
        }
        try {
            summaries.saveDraft(user.actor(), year, form.revision, form.draft());
        } catch (PlanSummaries.StaleException e) {
            form.problems.put("revision", STALE);
            Optional<PlanSummaries.SavedDraft> now = summaries.draft(year);
            form.revision = now.map(PlanSummaries.SavedDraft::revision).orElse(0);
            return HttpResponse.ok(page(request, year, form, now, null));
        }
        return HttpResponse.seeOther(URI.create(StaffRoutes.plan(year)))
                .cookie(flash.cookie(StaffFlash.Notice.of("Draft saved")));
    }

    @Get(StaffRoutes.PLAN_PREVIEW)
    HttpResponse<?> preview(@PathVariable String year) {
        if (decision(year).isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = publicPages.model("Preview: community safety plan summary " + year);
        PlanPage.addTo(model, summaries.preview(year, meetings.held(year)));
        model.put("preview", true);
        model.put("backUrl", StaffRoutes.plan(year));
        return HttpResponse.ok(new ModelAndView<>("plan", model));
    }

    @Post(StaffRoutes.PLAN_PUBLISH)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(HttpRequest<?> request, StaffUser user, @PathVariable String year,
                            @Nullable @Body String body) {
        Optional<Decisions.Decision> decision = decision(year);
        if (decision.isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, List<String>> fields = forms.read(request, body);
        String note = Optional.ofNullable(Forms.first(fields, "correction")).orElse("").strip();
        int published = summaries.versions(year).size();
        String publishing = Forms.first(fields, "publishing");
        if (publishing != null && !publishing.equals(Integer.toString(published + 1))) {
            return HttpResponse.ok(savedDraftPage(request, year, decision.get(), null, PUBLISHED_MEANWHILE));
        }
        boolean correcting = published > 0;
        String problem = correcting && note.isEmpty() ? "Say what this version corrects, for residents to read"
                : note.length() > 1000 ? "Keep the note to 1,000 characters" : null;
        if (problem != null) {
            return HttpResponse.ok(savedDraftPage(request, year, decision.get(), problem, null));
        }
        PlanSummaries.Version version;
        try {
            version = summaries.publish(user.actor(), year, note, meetings.held(year));
        } catch (PlanSummaries.PublishedMeanwhileException e) {
            return HttpResponse.ok(savedDraftPage(request, year, decision.get(), null, PUBLISHED_MEANWHILE));
        }
        return HttpResponse.seeOther(URI.create(StaffRoutes.plan(year))).cookie(flash.cookie(StaffFlash.Notice.of(
                "Version " + version.version() + " of the " + year + " plan summary published")));
    }

    /** The page again with the saved draft, after a refused publication. */
    private ModelAndView<Map<String, Object>> savedDraftPage(HttpRequest<?> request, String year,
                                                             Decisions.Decision decision, String publishProblem,
                                                             String versionProblem) {
        Optional<PlanSummaries.SavedDraft> saved = summaries.draft(year);
        PlanDraftForm form = PlanDraftForm.of(saved.map(PlanSummaries.SavedDraft::draft).orElse(PlanDraft.EMPTY),
                saved.map(PlanSummaries.SavedDraft::revision).orElse(0), decision.priorities());
        return page(request, year, form, saved, publishProblem, versionProblem);
    }

    private Optional<Decisions.Decision> decision(String year) {
        return MatrixSettings.validPlanYear(year) ? decisions.current(year) : Optional.empty();
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, String year, PlanDraftForm form,
                                                   Optional<PlanSummaries.SavedDraft> saved, String publishProblem) {
        return page(request, year, form, saved, publishProblem, null);
    }

    /**
     * @param publishProblem what is wrong with the correction note, or null
     * @param versionProblem that another version came first, or null
     */
    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, String year, PlanDraftForm form,
                                                   Optional<PlanSummaries.SavedDraft> saved, String publishProblem,
                                                   String versionProblem) {
        String title = "Plan summary " + year;
        boolean errors = !form.problems.isEmpty() || publishProblem != null || versionProblem != null;
        Map<String, Object> model = pages.model(request, (errors ? "Error: " : "") + title);
        model.put("heading", title);
        model.put("backUrl", StaffRoutes.PLANS);
        model.put("formAction", StaffRoutes.plan(year));
        model.put("previewUrl", StaffRoutes.plan(year) + "/preview");
        model.put("publishAction", StaffRoutes.plan(year) + "/publish");
        Map<String, String> names = new LinkedHashMap<>();
        library.catalogue().concerns().forEach(c -> names.put(c.code(), c.name()));
        form.addTo(model, names);
        saved.ifPresent(s -> model.put("saved", s.updatedBy() + ", " + StaffDates.dateTime(s.updatedAt())));
        List<PlanSummaries.Version> versions = summaries.versions(year);
        model.put("correcting", !versions.isEmpty());
        model.put("publishing", versions.size() + 1);
        model.put("versions", versions.stream().map(v -> Map.of("version", v.version(), "when",
                StaffDates.dateTime(v.publishedAt()), "by", v.publishedBy(), "note",
                v.correctionNote() == null ? "First published" : v.correctionNote())).toList());
        model.put("publicUrl", Routes.plan(year));
        if (publishProblem != null) {
            Map<String, Object> correction = new LinkedHashMap<>(Map.of("id", "correction", "name", "correction",
                    "rows", 3, "label", Map.of("text", "What this version corrects", "classes", "govuk-label--s"),
                    "errorMessage", Map.of("text", publishProblem)));
            model.put("correction", correction);
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList",
                    List.of(Map.of("text", publishProblem, "href", "#correction"))));
        } else {
            model.put("correction", Map.of("id", "correction", "name", "correction", "rows", 3, "label",
                    Map.of("text", "What this version corrects", "classes", "govuk-label--s"), "hint",
                    Map.of("text", "Residents see this note with the summary, for example: the target for feeling safe"
                            + " after dark was wrong")));
        }
        if (versionProblem != null) {
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList",
                    List.of(Map.of("text", versionProblem, "href", "#versions"))));
        }
        return new ModelAndView<>("staff/plan/edit", model);
    }
}
