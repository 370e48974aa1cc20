package uk.gov.safervoices.portal.staff.priorities;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.analysis.Analyses;
import uk.gov.safervoices.admin.analysis.ConcernResults;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.Evidence;
import uk.gov.safervoices.admin.priority.MatrixEvidence;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.admin.priority.PriorityMatrices;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records the partnership's agreed priorities for a plan year, with the ranked concerns of a consultation frozen as
 * the evidence; or supersedes the current decision with a new one, saying why (issue 6, ADR 0022).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.PARTNERSHIP)
class NewDecisionController {
    private final Decisions decisions;
    private final Consultations consultations;
    private final Questionnaires questionnaires;
    private final Analyses analyses;
    private final ConcernResults concernResults;
    private final WeightingSchemes schemes;
    private final DefinitionLibrary library;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;
    private final Clock clock;
    private final MatrixSettings matrixSettings;
    private final PriorityMatrices matrices;

    NewDecisionController(Decisions decisions, Consultations consultations, Questionnaires questionnaires,
                          Analyses analyses, ConcernResults concernResults, WeightingSchemes schemes,
                          DefinitionLibrary library, StaffPages pages, StaffForms forms, StaffFlash flash,
                          Clock clock, MatrixSettings matrixSettings, PriorityMatrices matrices) {
        this.matrixSettings = matrixSettings;
        this.matrices = matrices;
        this.decisions = decisions;
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.analyses = analyses;
        this.concernResults = concernResults;
        this.schemes = schemes;
        this.library = library;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
        this.clock = clock;
    }

    @Get(StaffRoutes.NEW_DECISION)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request, @Nullable @QueryValue String planYear) {
        List<String> years = DecisionForm.planYears(LocalDate.now(clock));
        // a plan year outside the usual four is offered when it has a matrix to decide on
        String year = years.contains(planYear) || (MatrixSettings.validPlanYear(planYear)
                && matrixSettings.find(planYear).isPresent()) ? planYear : years.get(1);
        DecisionForm form = new DecisionForm(year, null);
        // the matrix's evidence, when the plan year has one
        matrixSettings.find(year).ifPresent(setting -> {
            if (setting.consultationId() != null) {
                form.text.put("consultation", Long.toString(setting.consultationId()));
            }
            if (setting.schemeId() != null) {
                form.text.put("scheme", Long.toString(setting.schemeId()));
            }
        });
        return page(request, form, null);
    }

    @Post(StaffRoutes.NEW_DECISION)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        DecisionForm form = new DecisionForm(forms.read(request, body), false);
        Optional<Evidence> evidence = evidence(form);
        if (form.problems.isEmpty() && decisions.current(form.text.get("planYear")).isPresent()) {
            form.problems.put("planYear", "This plan year has a decision already: open it and supersede it instead");
        }
        if (!form.problems.isEmpty()) {
            return HttpResponse.ok(page(request, form, null));
        }
        long id = decisions.record(user.actor(), newDecision(form, evidence.orElseThrow()));
        return HttpResponse.seeOther(URI.create(StaffRoutes.decision(id)))
                .cookie(flash.cookie(StaffFlash.Notice.of("Priorities for " + form.text.get("planYear") + " recorded")));
    }

    @Get(StaffRoutes.SUPERSEDE_DECISION)
    HttpResponse<?> supersedeForm(HttpRequest<?> request, @PathVariable long id) {
        Optional<Decisions.Decision> earlier = decisions.find(id).filter(Decisions.Decision::current);
        if (earlier.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(page(request, new DecisionForm(earlier.get().planYear(), earlier.get()), earlier.get()));
    }

    @Post(StaffRoutes.SUPERSEDE_DECISION)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> supersede(HttpRequest<?> request, StaffUser user, @PathVariable long id,
                              @Nullable @Body String body) {
        Optional<Decisions.Decision> earlier = decisions.find(id).filter(Decisions.Decision::current);
        if (earlier.isEmpty()) {
            return HttpResponse.notFound();
        }
        DecisionForm form = new DecisionForm(forms.read(request, body), true);
        Optional<Evidence> evidence = evidence(form);
        if (form.problems.isEmpty() && !form.text.get("planYear").equals(earlier.get().planYear())) {
            form.problems.put("planYear", "A decision is superseded by one for the same plan year, "
                    + earlier.get().planYear());
        }
        if (!form.problems.isEmpty()) {
            return HttpResponse.ok(page(request, form, earlier.get()));
        }
        try {
            long later = decisions.supersede(user.actor(), id, newDecision(form, evidence.orElseThrow()),
                    form.text.get("reason"));
            return HttpResponse.seeOther(URI.create(StaffRoutes.decision(later))).cookie(flash.cookie(
                    StaffFlash.Notice.of("Priorities for " + form.text.get("planYear") + " superseded")));
        } catch (Decisions.NotCurrentException e) {
            form.problems.put("reason", "Someone superseded this decision meanwhile: open the current one");
            return HttpResponse.ok(page(request, form, earlier.get()));
        }
    }

    private Decisions.NewDecision newDecision(DecisionForm form, Evidence evidence) {
        return new Decisions.NewDecision(form.text.get("planYear"), form.text.get("meeting"), form.decidedOn(),
                Long.parseLong(form.text.get("consultation")), form.chosen(), evidence);
    }

    /** The consultation's ranked concerns as they stand, or a problem on the form saying why there are none. */
    private Optional<Evidence> evidence(DecisionForm form) {
        if (form.problems.containsKey("consultation") || form.problems.containsKey("scheme")) {
            return Optional.empty();
        }
        Optional<Consultation> consultation = consultations.byId(Long.parseLong(form.text.get("consultation")));
        Optional<WeightingScheme> scheme = schemes.find(Long.parseLong(form.text.get("scheme")));
        List<Analyses.VersionResponses> versions = consultation.map(c -> analyses.versions(c.id())).orElse(List.of());
        if (consultation.isEmpty() || scheme.isEmpty() || versions.isEmpty()) {
            form.problems.put("consultation", "Choose a consultation with responses");
            return Optional.empty();
        }
        QuestionnaireVersion version = questionnaires.version(versions.get(0).versionId()).orElseThrow();
        List<Question> questions = concernResults.rankingQuestions(version);
        if (questions.isEmpty()) {
            form.problems.put("consultation", "This consultation's questionnaire has no ranking of concerns");
            return Optional.empty();
        }
        ConcernResults.ConcernResult result = concernResults.results(consultation.get().id(), version, scheme.get(),
                questions.get(0));
        if (!result.weighted() || result.analysis().byBorda().isEmpty()) {
            form.problems.put("consultation", result.weighted() ? "Nobody has ranked a concern in this consultation"
                    : "Its responses cannot be weighted by this scheme: " + result.problems().get(0).message());
            return Optional.empty();
        }
        Evidence ranked = Evidence.of(consultation.get().title(), scheme.get().name(), result, clock.instant());
        return Optional.of(matrices.report(form.text.get("planYear")).flatMap(MatrixEvidence::of)
                .map(ranked::withMatrix).orElse(ranked));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, DecisionForm form,
                                                   Decisions.Decision earlier) {
        String title = earlier == null ? "Record priorities" : "Supersede the priorities for " + earlier.planYear();
        Map<String, Object> model = pages.model(request, (form.problems.isEmpty() ? "" : "Error: ") + title);
        model.put("heading", title);
        model.put("formAction", earlier == null ? StaffRoutes.NEW_DECISION
                : StaffRoutes.decision(earlier.id()) + "/supersede");
        model.put("backUrl", earlier == null ? StaffRoutes.PRIORITIES : StaffRoutes.decision(earlier.id()));
        List<Consultation> withResponses = consultations.all().stream()
                .filter(c -> !analyses.versions(c.id()).isEmpty()).toList();
        List<String> years = new java.util.ArrayList<>(DecisionForm.planYears(LocalDate.now(clock)));
        if (MatrixSettings.validPlanYear(form.text.get("planYear")) && !years.contains(form.text.get("planYear"))) {
            years.add(form.text.get("planYear"));
            java.util.Collections.sort(years);
        }
        DecisionPages.form(model, form, years, withResponses, schemes.all(),
                library.catalogue().concerns(), earlier != null);
        return new ModelAndView<>("staff/priorities/form", model);
    }
}
