package uk.gov.safervoices.portal.staff.questionnaires;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.questionnaire.DraftSaved;
import uk.gov.safervoices.admin.questionnaire.InvalidDefinitionException;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.definitions.load.ValidationError;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Start a questionnaire from nothing: its id, kind and title; it opens in the form editor as an empty draft. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class NewQuestionnaireController {
    private final QuestionnaireDesigns designs;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    NewQuestionnaireController(QuestionnaireDesigns designs, StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.designs = designs;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.NEW_QUESTIONNAIRE)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        return page(request, "", "survey", "", Map.of());
    }

    @Post(StaffRoutes.NEW_QUESTIONNAIRE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        String key = EditorForms.value(fields, "key").trim();
        String kind = EditorForms.value(fields, "kind");
        String title = EditorForms.value(fields, "title").trim();
        Map<String, String> problems = new LinkedHashMap<>();
        if (key.isEmpty()) {
            problems.put("key", "Enter an id for the questionnaire");
        }
        if (title.isEmpty()) {
            problems.put("title", "Enter a title for the questionnaire");
        }
        if (problems.isEmpty()) {
            try {
                DraftSaved saved = designs.create(user.actor(), key, kind.equals("meeting_feedback")
                        ? Questionnaire.Kind.MEETING_FEEDBACK : Questionnaire.Kind.SURVEY, title);
                return HttpResponse.seeOther(URI.create(StaffRoutes.version(saved.version().id(), "edit")))
                        .cookie(flash.cookie(StaffFlash.Notice.of("Questionnaire created as draft version 1. "
                                + "Add its privacy notice and a section")));
            } catch (InvalidDefinitionException e) {
                problems.put("key", e.errors().stream().map(ValidationError::message)
                        .collect(Collectors.joining(" ")));
            }
        }
        return HttpResponse.ok(page(request, key, kind, title, problems));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, String key, String kind, String title,
                                                   Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ")
                + "Create a questionnaire");
        model.put("formAction", StaffRoutes.NEW_QUESTIONNAIRE);
        model.put("questionnairesUrl", StaffRoutes.QUESTIONNAIRES);
        model.put("key", FormFields.input("key", "Id", key, problems.get("key"))
                .with("hint", Map.of("text", "Lower case letters, numbers and hyphens, for example "
                        + "community-safety-survey-2027. It cannot be changed later."))
                .with("spellcheck", false).with("classes", "govuk-input--width-30").map());
        model.put("title", FormFields.input("title", "Title", title, problems.get("title")).map());
        model.put("meetingFeedback", "meeting_feedback".equals(kind));
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/questionnaires/new", model);
    }
}
