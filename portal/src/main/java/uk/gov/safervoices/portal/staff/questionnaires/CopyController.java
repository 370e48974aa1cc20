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
import uk.gov.safervoices.admin.questionnaire.QuestionnaireOverview;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireTransfers;
import uk.gov.safervoices.definitions.load.ValidationError;
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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Copy a version into a new questionnaire (next year's survey, say) with its own id and title; every question, item
 * and choice id is kept so results can be compared.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class CopyController {
    private final QuestionnaireDesigns designs;
    private final QuestionnaireTransfers transfers;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    CopyController(QuestionnaireDesigns designs, QuestionnaireTransfers transfers, StaffPages pages,
                   StaffForms forms, StaffFlash flash) {
        this.designs = designs;
        this.transfers = transfers;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.VERSION_COPY)
    HttpResponse<?> form(HttpRequest<?> request, long id) {
        return QuestionnaireViews.owner(designs, id).<HttpResponse<?>>map(o -> HttpResponse.ok(page(request, o, id,
                "", o.questionnaire().title(), Map.of()))).orElseGet(HttpResponse::notFound);
    }

    @Post(StaffRoutes.VERSION_COPY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> copy(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Optional<QuestionnaireOverview> owner = QuestionnaireViews.owner(designs, id);
        if (owner.isEmpty()) {
            return HttpResponse.notFound();
        }
        String key = trimmed(Forms.first(fields, "key"));
        String title = trimmed(Forms.first(fields, "title"));
        Map<String, String> problems = new LinkedHashMap<>();
        if (key.isEmpty()) {
            problems.put("key", "Enter an id for the new questionnaire");
        }
        if (title.isEmpty()) {
            problems.put("title", "Enter a title for the new questionnaire");
        }
        if (problems.isEmpty()) {
            try {
                DraftSaved saved = transfers.copyAsNewQuestionnaire(user.actor(), id, key, title);
                return HttpResponse.seeOther(URI.create(StaffRoutes.questionnaire(saved.version().questionnaireId())))
                        .cookie(flash.cookie(StaffFlash.Notice.of("Copied as a new questionnaire: draft version 1")));
            } catch (InvalidDefinitionException e) {
                problems.put("key", e.errors().stream().map(ValidationError::message)
                        .collect(Collectors.joining(" ")));
            } catch (IllegalStateException e) {
                problems.put("key", e.getMessage());
            }
        }
        return HttpResponse.ok(page(request, owner.get(), id, key, title, problems));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, QuestionnaireOverview overview, long id,
                                                   String key, String title, Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ")
                + "Copy as a new questionnaire");
        int number = QuestionnaireViews.summary(overview, id).map(v -> v.versionNumber()).orElse(0);
        model.put("source", overview.questionnaire().title() + ", version " + number);
        model.put("formAction", StaffRoutes.version(id, "copy"));
        model.put("questionnaireUrl", StaffRoutes.questionnaire(overview.questionnaire().id()));
        model.put("key", FormFields.input("key", "Id of the new questionnaire", key, problems.get("key"))
                .with("hint", Map.of("text", "Lower case letters, numbers and hyphens, for example "
                        + "community-safety-survey-2027. It cannot be changed later."))
                .with("spellcheck", false).with("classes", "govuk-input--width-30").map());
        model.put("title", FormFields.input("title", "Title", title, problems.get("title")).map());
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/questionnaires/copy", model);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
