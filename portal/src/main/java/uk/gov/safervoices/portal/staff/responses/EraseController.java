package uk.gov.safervoices.portal.staff.responses;

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
import uk.gov.safervoices.admin.response.ResponseQueries;
import uk.gov.safervoices.admin.response.ResponseSummary;
import uk.gov.safervoices.admin.retention.Erasure;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffFlash.Notice;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Erasing a response at a resident's request (ADR 0010): they give its reference; staff see which response that is,
 * confirm, and it is deleted with its answers.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured({StaffAccess.CONSULTATION, StaffAccess.ADMIN})
class EraseController {
    private final ResponseQueries queries;
    private final Erasure erasure;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    EraseController(ResponseQueries queries, Erasure erasure, StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.queries = queries;
        this.erasure = erasure;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.RESPONSES_ERASE)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        return referencePage(request, "", null);
    }

    @Post(StaffRoutes.RESPONSES_ERASE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> erase(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        String reference = Optional.ofNullable(Forms.first(fields, "reference")).orElse("").strip();
        if (reference.isEmpty()) {
            return HttpResponse.ok(referencePage(request, reference, "Enter the response reference"));
        }
        Optional<ResponseSummary> found = queries.idOf(reference).flatMap(queries::summary);
        if (found.isEmpty()) {
            return HttpResponse.ok(referencePage(request, reference,
                    "No response has that reference. Check it with the resident"));
        }
        if (!"yes".equals(Forms.first(fields, "confirm"))) {
            return HttpResponse.ok(confirmPage(request, found.get()));
        }
        Optional<String> erased = erasure.eraseByReference(user.actor(), found.get().reference());
        if (erased.isEmpty()) {
            return HttpResponse.ok(referencePage(request, reference, "No response has that reference any more"));
        }
        return HttpResponse.seeOther(URI.create(StaffRoutes.RESPONSES_ERASE)).cookie(flash.cookie(Notice.of(
                "Response " + erased.get() + " erased, with all its answers")));
    }

    private ModelAndView<Map<String, Object>> referencePage(HttpRequest<?> request, String reference, String error) {
        Map<String, Object> model = pages.model(request, (error == null ? "" : "Error: ")
                + "Erase a response at a resident's request");
        model.put("responsesUrl", StaffRoutes.RESPONSES);
        model.put("formAction", StaffRoutes.RESPONSES_ERASE);
        model.put("reference", FormFields.input("reference", "Response reference", reference, error)
                .with("hint", Map.of("text", "The reference the resident was given when they sent their answers, "
                        + "for example K7PD-3WQX"))
                .with("classes", "govuk-input--width-10").with("spellcheck", false).with("autocomplete", "off")
                .map());
        if (error != null) {
            FormFields.summary(Map.of("reference", error)).ifPresent(summary -> model.put("errorSummary", summary));
        }
        return new ModelAndView<>("staff/responses/erase", model);
    }

    private ModelAndView<Map<String, Object>> confirmPage(HttpRequest<?> request, ResponseSummary response) {
        Map<String, Object> model = pages.model(request, "Erase response " + response.reference() + "?");
        model.put("backUrl", StaffRoutes.RESPONSES_ERASE);
        model.put("formAction", StaffRoutes.RESPONSES_ERASE);
        model.put("responseReference", response.reference());
        model.put("summary", Map.of("rows", List.of(
                row("Reference", response.reference()),
                row("Questionnaire", response.questionnaireTitle() + ", version " + response.versionNumber()),
                row("Submitted", StaffDates.dateTime(response.submittedAt())),
                row("Channel", ResponseViews.label(response.channel())),
                row("Status", ResponseViews.label(response.status())))));
        return new ModelAndView<>("staff/responses/erase-confirm", model);
    }

    private static Map<String, Object> row(String key, String value) {
        return Map.of("key", Map.of("text", key), "value", Map.of("text", value));
    }
}
