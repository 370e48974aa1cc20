package uk.gov.safervoices.portal.staff.meetings;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.meeting.Registrations;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.retention.RetentionConfiguration;
import uk.gov.safervoices.portal.meeting.MeetingTexts;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.List;
import java.util.Map;

/**
 * Who registered for a meeting (personal data: the consultation team only): places, the waiting list in its
 * order, and how many cancelled; names, access needs and questions until the retention purge removes them.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class RegistrationsController {
    private final Meetings meetings;
    private final Registrations registrations;
    private final RetentionConfiguration retention;
    private final StaffPages pages;

    RegistrationsController(Meetings meetings, Registrations registrations, RetentionConfiguration retention,
                            StaffPages pages) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.retention = retention;
        this.pages = pages;
    }

    @Get(StaffRoutes.MEETING_REGISTRATIONS)
    HttpResponse<?> list(HttpRequest<?> request, @PathVariable long id) {
        return meetings.find(id).<HttpResponse<?>>map(meeting -> {
            Map<String, Object> model = pages.model(request, "Registrations for " + meeting.title());
            List<Registrations.Registration> all = registrations.list(id);
            model.put("meeting", meeting);
            model.put("dateAndTime", MeetingTexts.when(meeting));
            model.put("backUrl", StaffRoutes.meeting(id));
            model.put("counts", registrations.counts(id));
            model.put("capacity", meeting.capacity() == null ? "No limit" : meeting.capacity().toString());
            model.put("confirmed", rows(all, Registrations.Status.CONFIRMED));
            model.put("waiting", rows(all, Registrations.Status.WAITING));
            model.put("purged", meeting.registrationsPurgedAt() == null ? ""
                    : StaffDates.dateTime(meeting.registrationsPurgedAt()));
            model.put("retentionDays", retention.getMeetingRegistrationDays());
            return HttpResponse.ok(new ModelAndView<>("staff/meetings/registrations", model));
        }).orElseGet(HttpResponse::notFound);
    }

    private static List<Map<String, Object>> rows(List<Registrations.Registration> all, Registrations.Status status) {
        return all.stream().filter(r -> r.status() == status).map(r -> Map.<String, Object>of(
                "reference", r.reference(), "name", r.name() == null ? "Removed" : r.name(),
                "needs", r.accessibilityNeeds() == null ? "" : r.accessibilityNeeds(),
                "question", r.question() == null ? "" : r.question(),
                "registered", StaffDates.dateTime(r.createdAt()),
                "promoted", r.promotedAt() == null ? "" : StaffDates.dateTime(r.promotedAt()))).toList();
    }
}
