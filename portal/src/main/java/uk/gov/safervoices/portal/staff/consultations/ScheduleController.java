package uk.gov.safervoices.portal.staff.consultations;

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
import uk.gov.safervoices.admin.consultation.ConsultationSchedule;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.consultation.ScheduleException;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a consultation opens and closes, as whole days in UK time: it opens at the start of the open date and closes
 * at the end of the close date. Once it has responses the dates must still cover them and a reason is required
 * ({@link ConsultationSchedule}); the service's refusal is shown as the form's error.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class ScheduleController {
    private final Consultations consultations;
    private final ConsultationSchedule schedule;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    ScheduleController(Consultations consultations, ConsultationSchedule schedule, StaffPages pages,
                       StaffForms forms, StaffFlash flash) {
        this.consultations = consultations;
        this.schedule = schedule;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.CONSULTATION_SCHEDULE)
    HttpResponse<?> form(HttpRequest<?> request, long id) {
        return consultations.byId(id).<HttpResponse<?>>map(c -> {
            LocalDate opens = c.opensAt().atZone(ConsultationDates.UK).toLocalDate();
            LocalDate closes = c.closesAt().minusNanos(1).atZone(ConsultationDates.UK).toLocalDate();
            return HttpResponse.ok(page(request, c, ConsultationDates.of(opens), ConsultationDates.of(closes), "", Map.of()));
        }).orElseGet(HttpResponse::notFound);
    }

    @Post(StaffRoutes.CONSULTATION_SCHEDULE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Optional<Consultation> consultation = consultations.byId(id);
        if (consultation.isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, String> opens = ConsultationDates.posted(fields, "opens");
        Map<String, String> closes = ConsultationDates.posted(fields, "closes");
        String reason = Optional.ofNullable(Forms.first(fields, "reason")).orElse("");
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<LocalDate> opensOn = ConsultationDates.parse(opens);
        Optional<LocalDate> closesOn = ConsultationDates.parse(closes);
        if (opensOn.isEmpty()) {
            problems.put("opens", "Enter a real open date, for example 1 3 2027");
        }
        if (closesOn.isEmpty()) {
            problems.put("closes", "Enter a real close date, for example 31 3 2027");
        }
        if (problems.isEmpty()) {
            Instant opensAt = opensOn.get().atStartOfDay(ConsultationDates.UK).toInstant();
            Instant closesAt = closesOn.get().plusDays(1).atStartOfDay(ConsultationDates.UK).toInstant();
            try {
                schedule.reschedule(user.actor(), id, opensAt, closesAt, reason);
                return HttpResponse.seeOther(URI.create(StaffRoutes.consultationSchedule(id)))
                        .cookie(flash.cookie(StaffFlash.Notice.of("Dates saved: open from "
                                + StaffDates.dateTime(opensAt) + " until " + StaffDates.dateTime(closesAt))));
            } catch (ScheduleException e) {
                problems.put(e.getMessage().contains("Say why") ? "reason" : "closes", e.getMessage());
            }
        }
        return HttpResponse.ok(page(request, consultation.get(), opens, closes, reason, problems));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Consultation consultation,
                                                   Map<String, String> opens, Map<String, String> closes,
                                                   String reason, Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ")
                + "Dates of " + consultation.title());
        model.put("consultation", consultation);
        model.put("formAction", StaffRoutes.consultationSchedule(consultation.id()));
        model.put("opensNow", StaffDates.dateTime(consultation.opensAt()));
        model.put("closesNow", StaffDates.dateTime(consultation.closesAt()));
        model.put("opens", ConsultationDates.input("opens", "Open date", "It opens at the start of this day (UK time)", opens,
                problems.get("opens")));
        model.put("closes", ConsultationDates.input("closes", "Close date", "It closes at the end of this day (UK time)", closes,
                problems.get("closes")));
        model.put("reason", reason);
        model.put("reasonError", problems.get("reason"));
        if (!problems.isEmpty()) {
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList", problems.entrySet()
                    .stream().map(p -> Map.of("text", p.getValue(), "href", "#" + p.getKey()
                            + (p.getKey().equals("reason") ? "" : "-day"))).toList()));
        }
        return new ModelAndView<>("staff/consultations/schedule", model);
    }
}
