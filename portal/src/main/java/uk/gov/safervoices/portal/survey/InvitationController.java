package uk.gov.safervoices.portal.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.views.ModelAndView;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.draft.Drafts;
import uk.gov.safervoices.admin.invitation.InvitationCodes;
import uk.gov.safervoices.portal.web.Forms;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Routes;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The way into an invitation-only (sample-based) survey: the resident types the code from their letter. The code
 * is checked here and used up only when the response is stored, in the same transaction.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
class InvitationController {
    private final JourneyContexts contexts;
    private final InvitationCodes invitations;
    private final Drafts drafts;
    private final DraftCookie cookie;
    private final Pages pages;
    private final Forms forms;
    private final Clock clock;

    InvitationController(JourneyContexts contexts, InvitationCodes invitations, Drafts drafts, DraftCookie cookie,
                         Pages pages, Forms forms, Clock clock) {
        this.contexts = contexts;
        this.invitations = invitations;
        this.drafts = drafts;
        this.cookie = cookie;
        this.pages = pages;
        this.forms = forms;
        this.clock = clock;
    }

    @Get(Routes.INVITATION)
    HttpResponse<?> form(HttpRequest<?> request, String slug, String questionnaire) {
        Optional<JourneyContext> context = contexts.find(slug, questionnaire);
        if (context.isEmpty()) {
            return HttpResponse.notFound();
        }
        if (context.get().consultation().stateAt(clock.instant()) != Consultation.State.OPEN) {
            return HttpResponse.seeOther(URI.create(Routes.consultation(slug)));
        }
        return HttpResponse.ok(page(request, context.get(), null, null));
    }

    @Post(Routes.INVITATION)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(HttpRequest<?> request, String slug, String questionnaire, @Nullable @Body String body) {
        String code = Forms.first(forms.read(request, body), "code");
        Optional<JourneyContext> found = contexts.find(slug, questionnaire);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        JourneyContext context = found.get();
        if (context.consultation().stateAt(clock.instant()) != Consultation.State.OPEN) {
            return HttpResponse.seeOther(URI.create(Routes.consultation(slug)));
        }
        Optional<Long> codeId = invitations.unusedCode(context.consultation(), code);
        if (codeId.isEmpty()) {
            String message = code == null || code.isBlank() ? "Enter the invitation code from your letter"
                    : "Enter the invitation code exactly as it is in your letter. Each code can be used once";
            return HttpResponse.ok(page(request, context, code, message));
        }
        Drafts.NewDraft draft = drafts.create(context.consultation(), context.version(), codeId.get());
        return HttpResponse.seeOther(URI.create(context.sectionUrl(context.definition().sections().get(0).id())))
                .cookie(cookie.set(context, draft.token(), draft.draft().expiresAt(), clock.instant()));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, JourneyContext context, String code,
                                                   String error) {
        Map<String, Object> model = pages.model(request, (error == null ? "" : "Error: ")
                + "Enter your invitation code - " + context.definition().title());
        model.put("consultation", context.consultation());
        model.put("formAction", Routes.invitation(context.consultation().slug(), context.questionnaire().questionnaireKey()));
        model.put("backLink", Map.of("href", Routes.consultation(context.consultation().slug())));
        Map<String, Object> input = new HashMap<>();
        input.put("id", "code");
        input.put("name", "code");
        input.put("label", Map.of("text", "Enter your invitation code", "classes", "govuk-label--l", "isPageHeading", true));
        input.put("hint", Map.of("text", "It is in the letter we sent you, for example 3KF7M-X9AQW"));
        input.put("classes", "govuk-input--width-10");
        input.put("autocomplete", "off");
        input.put("spellcheck", false);
        if (code != null) {
            input.put("value", code);
        }
        if (error != null) {
            input.put("errorMessage", Map.of("text", error));
            model.put("errorSummary", Map.of("titleText", "There is a problem",
                    "errorList", List.of(Map.of("text", error, "href", "#code"))));
        }
        model.put("codeInput", input);
        return new ModelAndView<>("survey/invitation", model);
    }
}
