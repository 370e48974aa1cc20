package uk.gov.safervoices.portal.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ModelAndView;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.draft.Draft;
import uk.gov.safervoices.admin.draft.Drafts;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.portal.web.Forms;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Routes;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Save and come back later, with no account and no email: the resident is shown a code and a link; either brings
 * their draft back on any device until the consultation closes.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
class ResumeController {
    private final JourneyContexts contexts;
    private final Journeys journeys;
    private final Drafts drafts;
    private final Consultations consultations;
    private final Questionnaires questionnaires;
    private final DraftCookie cookie;
    private final Pages pages;
    private final Forms forms;
    private final Clock clock;

    ResumeController(JourneyContexts contexts, Journeys journeys, Drafts drafts, Consultations consultations,
                     Questionnaires questionnaires, DraftCookie cookie, Pages pages, Forms forms, Clock clock) {
        this.contexts = contexts;
        this.journeys = journeys;
        this.drafts = drafts;
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.cookie = cookie;
        this.pages = pages;
        this.forms = forms;
        this.clock = clock;
    }

    /** Shows a fresh resume code for the resident's draft (it replaces any code shown before). */
    @Get(Routes.SAVED)
    HttpResponse<?> saved(HttpRequest<?> request, String slug, String questionnaire) {
        Optional<JourneyContext> context = contexts.find(slug, questionnaire);
        Optional<Draft> draft = context.flatMap(c -> journeys.draft(request, c)).filter(d -> !d.submitted());
        if (draft.isEmpty()) {
            return HttpResponse.seeOther(URI.create(Routes.consultation(slug)));
        }
        String code = drafts.issueResumeCode(draft.get());
        Map<String, Object> model = pages.model("Your answers have been saved - " + context.get().definition().title());
        model.put("code", code);
        model.put("resumeUrl", Routes.resume(slug) + "/" + code);
        model.put("resumePageUrl", Routes.resume(slug));
        model.put("expiresOn", Pages.date(draft.get().expiresAt()));
        model.put("consultation", context.get().consultation());
        model.put("warning", Map.of("text", "Keep the code private: anyone with it can see and change your saved answers.",
                "iconFallbackText", "Warning"));
        return HttpResponse.ok(new ModelAndView<>("survey/saved", model));
    }

    @Get(Routes.RESUME)
    HttpResponse<?> form(HttpRequest<?> request, String slug) {
        Optional<Consultation> consultation = consultations.bySlug(slug);
        if (consultation.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(page(request, consultation.get(), null, null));
    }

    @Post(Routes.RESUME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resumeTyped(HttpRequest<?> request, String slug, @Nullable @Body String body) {
        String code = Forms.first(forms.read(request, body), "code");
        return resume(request, slug, code);
    }

    /** The link shown on the saved page: the code in the address. */
    @Get(Routes.RESUME_WITH_CODE)
    HttpResponse<?> resumeLink(HttpRequest<?> request, String slug, String code) {
        return resume(request, slug, code);
    }

    private HttpResponse<?> resume(HttpRequest<?> request, String slug, String code) {
        Optional<Consultation> consultation = consultations.bySlug(slug);
        if (consultation.isEmpty()) {
            return HttpResponse.notFound();
        }
        if (consultation.get().stateAt(clock.instant()) != Consultation.State.OPEN) {
            return HttpResponse.seeOther(URI.create(Routes.consultation(slug)));
        }
        Optional<Drafts.NewDraft> resumed = code == null || code.isBlank() ? Optional.empty() : drafts.resume(code)
                .filter(d -> d.draft().consultationId() == consultation.get().id());
        if (resumed.isEmpty()) {
            String message = code == null || code.isBlank() ? "Enter the code you were given"
                    : "We could not find answers saved with that code. Check the code and try again";
            return HttpResponse.ok(page(request, consultation.get(), code, message));
        }
        Draft draft = resumed.get().draft();
        String key = questionnaires.version(draft.questionnaireVersionId())
                .flatMap(v -> questionnaires.findById(v.questionnaireId())).orElseThrow().questionnaireKey();
        JourneyContext context = contexts.find(slug, key)
                .flatMap(c -> contexts.forVersion(c, draft.questionnaireVersionId())).orElseThrow();
        String target = journeys.firstUnvisited(context.definition(), draft.state())
                .map(s -> context.sectionUrl(s.id())).orElse(context.checkAnswersUrl());
        return HttpResponse.seeOther(URI.create(target))
                .cookie(cookie.set(context, resumed.get().token(), draft.expiresAt(), clock.instant()));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Consultation consultation, String code,
                                                   String error) {
        Map<String, Object> model = pages.model(request, (error == null ? "" : "Error: ")
                + "Continue your response - " + consultation.title());
        model.put("consultation", consultation);
        model.put("formAction", Routes.resume(consultation.slug()));
        Map<String, Object> input = new java.util.HashMap<>();
        input.put("id", "code");
        input.put("name", "code");
        input.put("label", Map.of("text", "Your code", "classes", "govuk-label--m"));
        input.put("hint", Map.of("text", "The 12 letters and numbers you were given, for example 3KF7-MX9A-QW4E"));
        input.put("classes", "govuk-input--width-20");
        input.put("autocomplete", "off");
        input.put("spellcheck", false);
        input.put("value", code);
        if (error != null) {
            input.put("errorMessage", Map.of("text", error));
            model.put("errorSummary", Map.of("titleText", "There is a problem",
                    "errorList", List.of(Map.of("text", error, "href", "#code"))));
        }
        model.put("codeInput", input);
        return new ModelAndView<>("survey/resume", model);
    }
}
