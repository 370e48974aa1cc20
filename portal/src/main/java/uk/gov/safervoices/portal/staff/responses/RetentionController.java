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
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.retention.RetentionPolicy;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long each consultation keeps residents' free text (ADR 0010): the periods, and a form to change one
 * (1 to 120 months, audited).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class RetentionController {
    private final Consultations consultations;
    private final RetentionPolicy retention;
    private final ResponseChoices choices;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    RetentionController(Consultations consultations, RetentionPolicy retention, ResponseChoices choices,
                        StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.consultations = consultations;
        this.retention = retention;
        this.choices = choices;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.RESPONSES_RETENTION)
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        return page(request, null, "", Map.of());
    }

    @Post(StaffRoutes.RESPONSES_RETENTION)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Long consultationId = ResponseChoices.number(Forms.first(fields, "consultation"));
        String monthsText = Optional.ofNullable(Forms.first(fields, "months")).orElse("").strip();
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<Consultation> consultation = choices.consultation(consultationId);
        if (consultation.isEmpty()) {
            problems.put("consultation", "Select the consultation");
        }
        Integer months = null;
        if (monthsText.isEmpty()) {
            problems.put("months", "Enter how many months to keep free text after the consultation closes");
        } else {
            try {
                months = Integer.valueOf(monthsText);
            } catch (NumberFormatException e) {
                problems.put("months", "The retention period must be a whole number of months, like 36");
            }
            if (months != null && (months < RetentionPolicy.MIN_MONTHS || months > RetentionPolicy.MAX_MONTHS)) {
                problems.put("months", "The retention period must be between " + RetentionPolicy.MIN_MONTHS
                        + " and " + RetentionPolicy.MAX_MONTHS + " months");
            }
        }
        if (!problems.isEmpty()) {
            return HttpResponse.ok(page(request, consultationId, monthsText, problems));
        }
        RetentionPolicy.Retention changed = retention.setMonths(user.actor(), consultation.get(), months);
        return HttpResponse.seeOther(URI.create(StaffRoutes.RESPONSES_RETENTION)).cookie(flash.cookie(Notice.of(
                consultation.get().title() + ": free text is kept for " + changed.months()
                        + " months after closing, until " + StaffDates.dateTime(changed.purgeAt()))));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Long consultationId, String months,
                                                   Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + "Retention periods");
        model.put("responsesUrl", StaffRoutes.RESPONSES);
        model.put("formAction", StaffRoutes.RESPONSES_RETENTION);
        model.put("consultations", consultations.all().stream().map(c -> {
            RetentionPolicy.Retention kept = retention.of(c);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", c.title());
            row.put("closes", StaffDates.dateTime(c.closesAt()));
            row.put("months", kept.months());
            row.put("purgeAt", StaffDates.dateTime(kept.purgeAt()));
            return row;
        }).toList());
        model.put("consultationSelect", ResponseChoices.select("consultation", "Consultation",
                choices.consultationItems(consultationId, "Select a consultation"), problems.get("consultation")));
        model.put("months", FormFields.input("months", "Months to keep free text after closing", months,
                problems.get("months")).with("hint", Map.of("text", "From " + RetentionPolicy.MIN_MONTHS + " to "
                        + RetentionPolicy.MAX_MONTHS + ". The privacy notice promises 36 unless you change it."))
                .with("inputmode", "numeric").with("classes", "govuk-input--width-3").map());
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/responses/retention", model);
    }
}
