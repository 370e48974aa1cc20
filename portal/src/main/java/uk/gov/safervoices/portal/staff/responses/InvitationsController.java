package uk.gov.safervoices.portal.staff.responses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.invitation.InvitationCodes;
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

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invitation codes of a consultation (ADR 0009): batches with their used and unused counts; generating a batch
 * answers with its mail-merge CSV directly, the only time the codes exist in readable form; withdrawing a batch
 * stops its unused codes working.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffAccess.CONSULTATION)
class InvitationsController {
    private final InvitationCodes codes;
    private final ResponseChoices choices;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    InvitationsController(InvitationCodes codes, ResponseChoices choices, StaffPages pages, StaffForms forms,
                          StaffFlash flash) {
        this.codes = codes;
        this.choices = choices;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.RESPONSES_INVITATIONS)
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request, @Nullable @QueryValue String consultation) {
        return page(request, ResponseChoices.number(consultation), "", Map.of());
    }

    @Post(StaffRoutes.RESPONSES_INVITATIONS_GENERATE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ExportController.CSV, MediaType.TEXT_HTML})
    HttpResponse<?> generate(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) throws IOException {
        Map<String, List<String>> fields = forms.read(request, body);
        Long consultationId = ResponseChoices.number(Forms.first(fields, "consultation"));
        String countText = Optional.ofNullable(Forms.first(fields, "count")).orElse("").strip();
        Optional<Consultation> consultation = choices.consultation(consultationId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (consultation.isEmpty()) {
            problems.put("consultation", "Select the consultation");
        }
        Integer count = null;
        try {
            count = Integer.valueOf(countText);
        } catch (NumberFormatException e) {
            problems.put("count", "Enter how many codes to generate, as a whole number like 500");
        }
        if (count != null && (count < 1 || count > InvitationCodes.MAX_PER_BATCH)) {
            problems.put("count", "Generate between 1 and " + InvitationCodes.MAX_PER_BATCH + " codes at a time");
        }
        if (!problems.isEmpty()) {
            return HttpResponse.ok(page(request, consultationId, countText, problems))
                    .contentType(MediaType.TEXT_HTML_TYPE);
        }
        InvitationCodes.NewBatch batch = codes.generate(user.actor(), consultation.get(), count);
        // the codes are in memory already (at most 50,000 short lines)
        StringWriter csv = new StringWriter();
        csv.write('\uFEFF');
        InvitationCodes.writeMailMerge(batch, csv);
        return HttpResponse.ok(csv.toString().getBytes(StandardCharsets.UTF_8)).contentType(ExportController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"invitation-codes-"
                        + consultation.get().slug().replaceAll("[^A-Za-z0-9_-]", "_") + "-batch-" + batch.batchId()
                        + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post(StaffRoutes.RESPONSES_INVITATIONS_WITHDRAW)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> withdraw(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Long consultationId = ResponseChoices.number(Forms.first(fields, "consultation"));
        Long batchId = ResponseChoices.number(Forms.first(fields, "batch"));
        Optional<Consultation> consultation = choices.consultation(consultationId);
        if (consultation.isEmpty() || batchId == null
                || codes.batches(consultation.get()).stream().noneMatch(b -> b.batchId() == batchId)) {
            return HttpResponse.ok(page(request, consultationId, "", Map.of("batches",
                    "Choose a batch of this consultation to withdraw")));
        }
        int withdrawn = codes.withdraw(user.actor(), consultation.get(), batchId);
        return HttpResponse.seeOther(URI.create(StaffRoutes.RESPONSES_INVITATIONS + "?consultation="
                + consultationId)).cookie(flash.cookie(Notice.of("Batch " + batchId + " withdrawn: " + withdrawn
                + " unused codes no longer work")));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Long consultationId, String count,
                                                   Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + "Invitation codes");
        Optional<Consultation> consultation = choices.consultation(consultationId);
        model.put("responsesUrl", StaffRoutes.RESPONSES);
        model.put("chooseAction", StaffRoutes.RESPONSES_INVITATIONS);
        model.put("generateAction", StaffRoutes.RESPONSES_INVITATIONS_GENERATE);
        model.put("withdrawAction", StaffRoutes.RESPONSES_INVITATIONS_WITHDRAW);
        model.put("consultationSelect", ResponseChoices.select("consultation", "Consultation",
                choices.consultationItems(consultationId, "Select a consultation"), problems.get("consultation")));
        consultation.ifPresent(c -> {
            model.put("consultationId", c.id());
            model.put("consultationTitle", c.title());
            model.put("batches", codes.batches(c).stream().map(b -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", b.batchId());
                row.put("created", StaffDates.dateTime(b.createdAt()));
                row.put("createdBy", b.createdBy());
                row.put("generated", b.generated());
                row.put("used", b.used());
                row.put("unused", b.unused());
                row.put("withdrawn", b.withdrawn() == null ? null : StaffDates.dateTime(b.withdrawn()));
                return row;
            }).toList());
        });
        model.put("count", FormFields.input("count", "How many codes", count, problems.get("count"))
                .with("hint", Map.of("text", "One for each letter in the mail merge, up to "
                        + InvitationCodes.MAX_PER_BATCH))
                .with("inputmode", "numeric").with("classes", "govuk-input--width-5").map());
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/responses/invitations", model);
    }
}
