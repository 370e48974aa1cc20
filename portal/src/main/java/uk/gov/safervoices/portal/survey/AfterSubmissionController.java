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
import uk.gov.safervoices.admin.draft.Draft;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.portal.web.Forms;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Paragraphs;
import uk.gov.safervoices.portal.web.Routes;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After the main answers are in: the equality explainer (GOV.UK pattern: between check answers and confirmation,
 * optional, skippable), and the confirmation page with the reference number.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
class AfterSubmissionController {
    private final JourneyContexts contexts;
    private final Journeys journeys;
    private final Submissions submissions;
    private final ResponseStore responses;
    private final DraftCookie cookie;
    private final Pages pages;
    private final Forms forms;

    AfterSubmissionController(JourneyContexts contexts, Journeys journeys, Submissions submissions,
                              ResponseStore responses, DraftCookie cookie, Pages pages, Forms forms) {
        this.contexts = contexts;
        this.journeys = journeys;
        this.submissions = submissions;
        this.responses = responses;
        this.cookie = cookie;
        this.pages = pages;
        this.forms = forms;
    }

    @Get(Routes.EQUALITY_START)
    HttpResponse<?> equalityStart(HttpRequest<?> request, String slug, String questionnaire) {
        Optional<JourneyContext> found = contexts.find(slug, questionnaire);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Optional<Draft> draft = journeys.draft(request, found.get()).filter(Draft::submitted);
        if (draft.isEmpty()) {
            return HttpResponse.seeOther(URI.create(Routes.consultation(slug)));
        }
        JourneyContext context = contexts.forVersion(found.get(), draft.get().questionnaireVersionId()).orElseThrow();
        Map<String, Answer> answers = journeys.answers(context.definition(), draft.get().state());
        List<Section> shown = journeys.shownSections(context.definition(), answers, true);
        Map<String, Object> model = pages.model(request, "We have received your response - " + context.definition().title());
        model.put("reference", responses.reference(draft.get().responseId()));
        model.put("continueUrl", context.sectionUrl(shown.get(0).id()));
        model.put("formAction", Routes.equalityStart(slug, questionnaire));
        return HttpResponse.ok(new ModelAndView<>("survey/equality-start", model));
    }

    /** "Skip these questions": finish without equality answers. */
    @Post(Routes.EQUALITY_START)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> skip(HttpRequest<?> request, String slug, String questionnaire, @Nullable @Body String body) {
        forms.read(request, body);
        Optional<JourneyContext> found = contexts.find(slug, questionnaire);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Optional<Draft> draft = journeys.draft(request, found.get()).filter(Draft::submitted);
        if (draft.isEmpty()) {
            return HttpResponse.seeOther(URI.create(Routes.consultation(slug)));
        }
        JourneyContext context = contexts.forVersion(found.get(), draft.get().questionnaireVersionId()).orElseThrow();
        String reference = submissions.finishEquality(context, draft.get().withoutAnswers());
        return HttpResponse.seeOther(URI.create(Routes.complete(slug, questionnaire, reference)))
                .cookie(cookie.clear(context));
    }

    @Get(Routes.COMPLETE)
    HttpResponse<?> complete(String slug, String questionnaire, String reference) {
        Optional<JourneyContext> found = contexts.find(slug, questionnaire);
        Optional<ResponseRecord> response = responses.findByReference(reference);
        if (found.isEmpty() || response.isEmpty()
                || response.get().consultationId() != found.get().consultation().id().longValue()) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = pages.model("Response sent - " + found.get().definition().title());
        model.put("reference", reference);
        model.put("outro", Paragraphs.of(found.get().definition().outro()));
        model.put("consultation", found.get().consultation());
        return HttpResponse.ok(new ModelAndView<>("survey/complete", model));
    }
}
