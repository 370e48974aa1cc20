package uk.gov.safervoices.portal.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.draft.Draft;
import uk.gov.safervoices.admin.draft.DraftState;
import uk.gov.safervoices.admin.draft.Drafts;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.portal.web.Forms;
import uk.gov.safervoices.portal.web.Routes;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One questionnaire section per page: show it with the answers so far, check what is posted, move on. */
@Controller
@Produces(MediaType.TEXT_HTML)
class SectionController {
    private final JourneyContexts contexts;
    private final Journeys journeys;
    private final Drafts drafts;
    private final DraftCookie cookie;
    private final SectionPages pages;
    private final Forms forms;
    private final Submissions submissions;
    private final Clock clock;

    SectionController(JourneyContexts contexts, Journeys journeys, Drafts drafts, DraftCookie cookie,
                      SectionPages pages, Forms forms, Submissions submissions, Clock clock) {
        this.submissions = submissions;
        this.contexts = contexts;
        this.journeys = journeys;
        this.drafts = drafts;
        this.cookie = cookie;
        this.pages = pages;
        this.forms = forms;
        this.clock = clock;
    }

    @Get(Routes.SECTION)
    HttpResponse<?> show(HttpRequest<?> request, String slug, String questionnaire, String section,
                         @Nullable @QueryValue String change) {
        Optional<JourneyContext> found = contexts.find(slug, questionnaire);
        if (found.isEmpty() || found.get().definition().sections().stream().noneMatch(s -> s.id().equals(section))) {
            return HttpResponse.notFound();
        }
        JourneyContext context = found.get();
        if (context.consultation().stateAt(clock.instant()) != Consultation.State.OPEN) {
            return HttpResponse.seeOther(URI.create(Routes.consultation(slug)));
        }
        Optional<Draft> draft = journeys.draft(request, context);
        if (draft.isPresent()) {
            context = contexts.forVersion(context, draft.get().questionnaireVersionId()).orElse(context);
        }
        if (draft.isEmpty() && context.consultation().invitationOnly()) {
            return HttpResponse.seeOther(URI.create(Routes.invitation(slug, questionnaire)));
        }
        Section current = find(context, section);
        boolean equalityPhase = draft.map(Draft::submitted).orElse(false);
        if (current.equality() != equalityPhase) {
            return HttpResponse.seeOther(URI.create(equalityPhase ? Routes.equalityStart(slug, questionnaire)
                    : Routes.consultation(slug)));
        }
        DraftState state = draft.map(Draft::state).orElse(DraftState.empty());
        Map<String, Answer> answers = journeys.answers(context.definition(), state);
        List<Section> shown = journeys.shownSections(context.definition(), answers, equalityPhase);
        if (!shown.contains(current)) {
            // hidden by an earlier answer: go on to the next page that applies
            List<Section> all = context.definition().sections();
            int position = all.indexOf(current);
            JourneyContext resolved = context;
            return HttpResponse.seeOther(URI.create(shown.stream().filter(s -> all.indexOf(s) > position)
                    .findFirst().map(s -> resolved.sectionUrl(s.id())).orElse(resolved.checkAnswersUrl())));
        }
        return HttpResponse.ok(new ModelAndView<>("survey/section",
                pages.model(request, context, current, shown, state.answers(), List.of(), change != null)));
    }

    @Post(Routes.SECTION)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(HttpRequest<?> request, String slug, String questionnaire, String section,
                           @Nullable @Body String body) {
        Map<String, List<String>> posted = new java.util.LinkedHashMap<>(forms.read(request, body));
        boolean save = "save".equals(Forms.first(posted, "action"));
        boolean changing = Forms.first(posted, "change") != null;
        posted.remove("action");
        posted.remove("change");
        Optional<JourneyContext> found = contexts.find(slug, questionnaire);
        if (found.isEmpty() || found.get().definition().sections().stream().noneMatch(s -> s.id().equals(section))) {
            return HttpResponse.notFound();
        }
        JourneyContext context = found.get();
        if (context.consultation().stateAt(clock.instant()) != Consultation.State.OPEN) {
            return HttpResponse.seeOther(URI.create(Routes.consultation(slug)));
        }
        Optional<Draft> existing = journeys.draft(request, context);
        if (existing.isEmpty() && context.consultation().invitationOnly()) {
            return HttpResponse.seeOther(URI.create(Routes.invitation(slug, questionnaire)));
        }
        if (existing.isPresent()) {
            context = contexts.forVersion(context, existing.get().questionnaireVersionId()).orElse(context);
        }
        Section current = find(context, section);
        boolean equalityPhase = existing.map(Draft::submitted).orElse(false);
        if (current.equality() != equalityPhase) {
            // e.g. an equality page posted again after finishing, or a main page posted after sending
            return HttpResponse.seeOther(URI.create(equalityPhase ? Routes.equalityStart(slug, questionnaire)
                    : Routes.consultation(slug)));
        }
        DraftState state = existing.map(Draft::state).orElse(DraftState.empty());
        Journeys.PageOutcome outcome = journeys.answerPage(context.definition(), current, state, posted);

        if (!outcome.page().valid() && !save) {
            Map<String, Answer> answers = journeys.answers(context.definition(), state);
            List<Section> shown = journeys.shownSections(context.definition(), answers, current.equality());
            return HttpResponse.ok(new ModelAndView<>("survey/section", pages.model(request, context, current,
                    shown.contains(current) ? shown : List.of(current), posted, outcome.page().errors(), changing)));
        }
        // A draft is made on the first page a resident answers, never just by looking.
        Drafts.NewDraft created = existing.isEmpty() ? drafts.create(context.consultation(), context.version(), null) : null;
        Draft draft = drafts.save(created != null ? created.draft() : existing.get(), outcome.state());

        MutableHttpResponse<?> response;
        Optional<Section> next = journeys.nextSection(context.definition(), draft.state(), current, changing);
        if (save) {
            response = HttpResponse.seeOther(URI.create(Routes.saved(slug, questionnaire)));
        } else if (next.isPresent()) {
            response = HttpResponse.seeOther(URI.create(context.sectionUrl(next.get().id())
                    + (changing ? "?change=true" : "")));
        } else if (current.equality()) {
            String reference = submissions.finishEquality(context, draft);
            return HttpResponse.seeOther(URI.create(Routes.complete(slug, questionnaire, reference)))
                    .cookie(cookie.clear(context));
        } else {
            response = HttpResponse.seeOther(URI.create(context.checkAnswersUrl()));
        }
        if (created != null) {
            response.cookie(cookie.set(context, created.token(), created.draft().expiresAt(), clock.instant()));
        }
        return response;
    }

    private static Section find(JourneyContext context, String sectionId) {
        return context.definition().sections().stream().filter(s -> s.id().equals(sectionId)).findFirst().orElseThrow();
    }
}
