package uk.gov.safervoices.portal.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ModelAndView;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.draft.Draft;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.answers.AnswerError;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.portal.web.Forms;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Routes;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "Check your answers", and sending them: the response is acknowledged only once it is committed. */
@Controller
@Produces(MediaType.TEXT_HTML)
class CheckAnswersController {
    private final JourneyContexts contexts;
    private final Journeys journeys;
    private final AnswerSummaries summaries;
    private final Submissions submissions;
    private final SubmissionGuard guard;
    private final DraftCookie cookie;
    private final Pages pages;
    private final Forms forms;
    private final Clock clock;

    CheckAnswersController(JourneyContexts contexts, Journeys journeys, AnswerSummaries summaries,
                           Submissions submissions, SubmissionGuard guard, DraftCookie cookie, Pages pages,
                           Forms forms, Clock clock) {
        this.contexts = contexts;
        this.journeys = journeys;
        this.summaries = summaries;
        this.submissions = submissions;
        this.guard = guard;
        this.cookie = cookie;
        this.pages = pages;
        this.forms = forms;
        this.clock = clock;
    }

    @Get(Routes.CHECK_ANSWERS)
    HttpResponse<?> show(HttpRequest<?> request, String slug, String questionnaire) {
        Optional<JourneyContext> found = contexts.find(slug, questionnaire);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Optional<Draft> draft = journeys.draft(request, found.get());
        if (found.get().consultation().stateAt(clock.instant()) != Consultation.State.OPEN || draft.isEmpty()) {
            return HttpResponse.seeOther(URI.create(Routes.consultation(slug)));
        }
        if (draft.get().submitted()) {
            return HttpResponse.seeOther(URI.create(Routes.equalityStart(slug, questionnaire)));
        }
        JourneyContext context = contexts.forVersion(found.get(), draft.get().questionnaireVersionId()).orElseThrow();
        Optional<Section> unvisited = journeys.firstUnvisited(context.definition(), draft.get().state());
        if (unvisited.isPresent()) {
            return HttpResponse.seeOther(URI.create(context.sectionUrl(unvisited.get().id())));
        }
        return HttpResponse.ok(page(request, context, draft.get(), List.of()));
    }

    @Post(Routes.CHECK_ANSWERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(HttpRequest<?> request, String slug, String questionnaire, @Nullable @Body String body) {
        Map<String, List<String>> form = forms.read(request, body);
        Optional<JourneyContext> found = contexts.find(slug, questionnaire);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Optional<Draft> draft = journeys.draft(request, found.get());
        if (draft.isEmpty()) {
            // A repeat of a submission that has gone through (double click, refresh, back then submit again): its
            // draft went in the response's own transaction, so show that response's confirmation, not a second one.
            return HttpResponse.seeOther(URI.create(guard.earlierSubmission(Forms.first(form, "submissionKey"))
                    .map(reference -> Routes.complete(slug, questionnaire, reference))
                    .orElse(Routes.consultation(slug))));
        }
        if (draft.get().submitted()) {
            return HttpResponse.seeOther(URI.create(Routes.equalityStart(slug, questionnaire)));
        }
        JourneyContext context = contexts.forVersion(found.get(), draft.get().questionnaireVersionId()).orElseThrow();
        SubmissionOutcome outcome = submissions.submit(context, draft.get(), guard.flags(request, form, context));
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            boolean equalityNext = Journeys.hasEqualitySections(context.definition());
            MutableHttpResponse<?> done = HttpResponse.seeOther(URI.create(equalityNext
                    ? Routes.equalityStart(slug, questionnaire)
                    : Routes.complete(slug, questionnaire, accepted.reference())));
            guard.remember(request, done, context);
            if (!equalityNext) {
                done.cookie(cookie.clear(context));
            }
            return done;
        } else if (outcome instanceof SubmissionOutcome.Invalid invalid) {
            return HttpResponse.ok(page(request, context, draft.get(), invalid.check().errors()));
        } else if (outcome instanceof SubmissionOutcome.InvitationUsed) {
            Map<String, Object> model = pages.model("Your invitation code has already been used");
            model.put("heading", "Your invitation code has already been used");
            model.put("paragraphs", List.of("A response has already been sent with the invitation code you started with, "
                    + "so this one cannot be sent.", "If you think this is wrong, contact us and quote the code."));
            return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body(new ModelAndView<>("error", model));
        }
        return HttpResponse.seeOther(URI.create(Routes.consultation(slug)));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, JourneyContext context, Draft draft,
                                                   List<AnswerError> errors) {
        Map<String, Answer> answers = journeys.answers(context.definition(), draft.state());
        List<Section> shown = journeys.shownSections(context.definition(), answers, false);
        Map<String, Object> model = pages.model(request, (errors.isEmpty() ? "" : "Error: ") + "Check your answers - "
                + context.definition().title());
        model.put("questionnaireTitle", context.definition().title());
        model.put("sections", summaries.sections(context, shown, answers));
        model.put("formAction", context.checkAnswersUrl());
        model.put("submissionKey", draft.submissionKey());
        model.put("backLink", Map.of("href", shown.isEmpty() ? Routes.consultation(context.consultation().slug())
                : context.sectionUrl(shown.get(shown.size() - 1).id())));
        if (!errors.isEmpty()) {
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList", errors.stream()
                    .map(e -> Map.of("text", e.message(), "href", context.sectionUrl(
                            context.definition().sectionOf(e.questionId()).map(Section::id).orElse(""))
                            + "?change=true#" + FieldIds.of(e.fieldKey()))).toList()));
        }
        return new ModelAndView<>("survey/check-answers", model);
    }
}
