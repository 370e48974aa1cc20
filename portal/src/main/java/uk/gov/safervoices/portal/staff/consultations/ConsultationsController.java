package uk.gov.safervoices.portal.staff.consultations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.web.Routes;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Every consultation, the latest to open first, with its state and dates. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class ConsultationsController {
    private final Consultations consultations;
    private final StaffPages pages;
    private final Clock clock;

    ConsultationsController(Consultations consultations, StaffPages pages, Clock clock) {
        this.consultations = consultations;
        this.pages = pages;
        this.clock = clock;
    }

    @Get(StaffRoutes.CONSULTATIONS)
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "Consultations");
        List<Map<String, Object>> rows = consultations.all().stream().map(this::row).toList();
        model.put("consultations", rows);
        model.put("newConsultationUrl", StaffRoutes.NEW_CONSULTATION);
        return new ModelAndView<>("staff/consultations/list", model);
    }

    private Map<String, Object> row(Consultation consultation) {
        String state = switch (consultation.stateAt(clock.instant())) {
            case NOT_YET_OPEN -> "Not yet open";
            case OPEN -> "Open";
            case CLOSED -> "Closed";
        };
        return Map.of("title", consultation.title(), "publicUrl", Routes.consultation(consultation.slug()),
                "state", state, "opens", StaffDates.dateTime(consultation.opensAt()),
                "closes", StaffDates.dateTime(consultation.closesAt()),
                "scheduleUrl", StaffRoutes.consultationSchedule(consultation.id()));
    }
}
