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
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.meeting.Attendee;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.Registrations;
import uk.gov.safervoices.portal.meeting.MeetingTexts;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.web.Paragraphs;
import uk.gov.safervoices.portal.web.Routes;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The staff list of meetings and a meeting's page: its details and status, places taken, the questions residents
 * sent in (without their names), what was recorded, and the actions the consultation team may take. Partnership
 * members may read both pages; only the consultation team sees names (on the registrations page).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured({StaffAccess.CONSULTATION, StaffAccess.PARTNERSHIP})
class MeetingsController {
    private final Meetings meetings;
    private final Registrations registrations;
    private final Consultations consultations;
    private final StaffPages pages;
    private final Clock clock;

    MeetingsController(Meetings meetings, Registrations registrations, Consultations consultations,
                       StaffPages pages, Clock clock) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.consultations = consultations;
        this.pages = pages;
        this.clock = clock;
    }

    @Get(StaffRoutes.MEETINGS)
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "Public meetings");
        boolean canChange = StaffPages.has(request, Role.CONSULTATION);
        model.put("canChange", canChange);
        model.put("newUrl", StaffRoutes.NEW_MEETING);
        model.put("authoritiesUrl", StaffRoutes.MEETING_AUTHORITIES);
        model.put("meetings", meetings.all().stream().map(m -> Map.of("title", m.title(), "url",
                StaffRoutes.meeting(m.id()), "dateAndTime", MeetingTexts.when(m), "status", status(m, clock.instant()),
                "planYear", m.planYear())).toList());
        return new ModelAndView<>("staff/meetings/list", model);
    }

    @Get(StaffRoutes.MEETING)
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id) {
        return meetings.find(id).<HttpResponse<?>>map(meeting -> {
            Instant now = clock.instant();
            Map<String, Object> model = pages.model(request, meeting.title());
            boolean canChange = StaffPages.has(request, Role.CONSULTATION);
            model.put("meeting", meeting);
            model.put("canChange", canChange);
            model.put("status", status(meeting, now));
            model.put("dateAndTime", MeetingTexts.when(meeting));
            model.put("publicised", meeting.publicisedAt() == null ? "" : StaffDates.dateTime(meeting.publicisedAt()));
            model.put("inAdvance", meeting.publicisedAt() != null && meeting.publicisedAt().isBefore(meeting.startsAt()));
            model.put("publicUrl", meeting.publiclyVisible() ? Routes.meeting(meeting.slug()) : null);
            model.put("backUrl", StaffRoutes.MEETINGS);
            model.put("agenda", Paragraphs.of(meeting.agenda()));
            model.put("accessibility", Paragraphs.of(meeting.accessibility()));
            Registrations.Counts counts = registrations.counts(id);
            model.put("counts", counts);
            model.put("places", meeting.capacity() == null ? counts.confirmed() + " registered (no limit)"
                    : counts.confirmed() + " of " + meeting.capacity() + " places taken");
            model.put("questionsSent", registrations.list(id).stream().map(Registrations.Registration::question)
                    .filter(Objects::nonNull).toList());
            List<Attendee> attendees = meetings.attendees(id);
            model.put("attendees", attendees.stream().map(a -> Map.of("authority", a.authorityName(), "name", a.name(),
                    "role", a.role(), "came", a.attended() == null ? "" : a.came() ? "Came" : "Did not come",
                    "expected", a.expected())).toList());
            model.put("questions", meetings.questions(id));
            if (meeting.feedbackConsultationId() != null) {
                consultations.byId(meeting.feedbackConsultationId()).ifPresent(c -> {
                    Map<String, Object> feedback = new LinkedHashMap<>();
                    feedback.put("title", c.title());
                    feedback.put("publicUrl", Routes.consultation(c.slug()));
                    feedback.put("enterUrl", StaffRoutes.RESPONSES_ENTER + "?consultation=" + c.id() + "&channel=MEETING");
                    model.put("feedback", feedback);
                });
            }
            model.put("editUrl", StaffRoutes.meeting(id, "edit"));
            model.put("publishUrl", StaffRoutes.meeting(id, "publish"));
            model.put("cancelUrl", StaffRoutes.meeting(id, "cancel"));
            model.put("registrationsUrl", StaffRoutes.meeting(id, "registrations"));
            model.put("recordUrl", StaffRoutes.meeting(id, "record"));
            model.put("publishDiscussionUrl", StaffRoutes.meeting(id, "publish-discussion"));
            model.put("draft", meeting.status() == Meeting.Status.DRAFT);
            model.put("cancelled", meeting.status() == Meeting.Status.CANCELLED);
            model.put("started", !now.isBefore(meeting.startsAt()));
            model.put("canPublishDiscussion", meeting.status() == Meeting.Status.PUBLISHED && meeting.recorded()
                    && !meeting.discussedPublished());
            model.put("recordedAt", meeting.recordedAt() == null ? "" : StaffDates.dateTime(meeting.recordedAt()));
            model.put("discussedPublishedAt", meeting.discussedPublishedAt() == null ? ""
                    : StaffDates.dateTime(meeting.discussedPublishedAt()));
            return HttpResponse.ok(new ModelAndView<>("staff/meetings/meeting", model));
        }).orElseGet(HttpResponse::notFound);
    }

    static String status(Meeting meeting, Instant now) {
        return switch (meeting.status()) {
            case DRAFT -> "Draft";
            case CANCELLED -> "Cancelled";
            case PUBLISHED -> meeting.discussedPublished() ? "Discussion published" : meeting.recorded() ? "Recorded"
                    : meeting.over(now) ? "To record" : "Published";
        };
    }
}
