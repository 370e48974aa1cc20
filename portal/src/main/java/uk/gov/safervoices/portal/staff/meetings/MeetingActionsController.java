package uk.gov.safervoices.portal.staff.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.MeetingOutcomes;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.portal.meeting.MeetingTexts;
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
import java.util.function.Supplier;

/** Publishing a meeting, cancelling it with a reason, and publishing what was discussed. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class MeetingActionsController {
    private final Meetings meetings;
    private final MeetingOutcomes outcomes;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    MeetingActionsController(Meetings meetings, MeetingOutcomes outcomes, StaffPages pages, StaffForms forms,
                             StaffFlash flash) {
        this.meetings = meetings;
        this.outcomes = outcomes;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Post(StaffRoutes.MEETING_PUBLISH)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(HttpRequest<?> request, StaffUser user, @PathVariable long id, @Nullable @Body String body) {
        int revision = revision(forms.read(request, body));
        return act(id, () -> meetings.publish(user.actor(), id, revision), "Meeting published: residents can see it"
                + " and register");
    }

    @Post(StaffRoutes.MEETING_PUBLISH_DISCUSSION)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publishDiscussion(HttpRequest<?> request, StaffUser user, @PathVariable long id,
                                      @Nullable @Body String body) {
        int revision = revision(forms.read(request, body));
        return act(id, () -> outcomes.publishDiscussion(user.actor(), id, revision), "What was discussed is published"
                + " on the meeting's page");
    }

    @Get(StaffRoutes.MEETING_CANCEL)
    HttpResponse<?> cancelForm(HttpRequest<?> request, @PathVariable long id) {
        return meetings.find(id).filter(m -> m.status() != Meeting.Status.CANCELLED)
                .<HttpResponse<?>>map(m -> HttpResponse.ok(cancelPage(request, m, "", null)))
                .orElseGet(HttpResponse::notFound);
    }

    @Post(StaffRoutes.MEETING_CANCEL)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(HttpRequest<?> request, StaffUser user, @PathVariable long id, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Optional<Meeting> meeting = meetings.find(id).filter(m -> m.status() != Meeting.Status.CANCELLED);
        if (meeting.isEmpty()) {
            return HttpResponse.notFound();
        }
        String reason = Optional.ofNullable(Forms.first(fields, "reason")).orElse("").trim();
        if (reason.isEmpty() || reason.length() > 1000) {
            return HttpResponse.ok(cancelPage(request, meeting.get(), reason, "Say why the meeting is cancelled, in up"
                    + " to 1000 characters: residents will see it"));
        }
        try {
            meetings.cancel(user.actor(), id, revision(fields), reason);
        } catch (Meetings.StaleException e) {
            return HttpResponse.ok(cancelPage(request, meetings.find(id).orElseThrow(), reason, "Someone changed this"
                    + " meeting meanwhile: check it and cancel again"));
        }
        return HttpResponse.seeOther(URI.create(StaffRoutes.meeting(id))).cookie(flash.cookie(StaffFlash.Notice.of(
                "Meeting cancelled: its page tells residents why")));
    }

    private HttpResponse<?> act(long id, Supplier<Meeting> action, String done) {
        if (meetings.find(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        String notice;
        try {
            action.get();
            notice = done;
        } catch (Meetings.StaleException e) {
            notice = "Someone changed this meeting meanwhile: nothing was done. Check it and try again";
        } catch (Meetings.NotAllowedException e) {
            notice = e.getMessage();
        }
        return HttpResponse.seeOther(URI.create(StaffRoutes.meeting(id))).cookie(flash.cookie(
                StaffFlash.Notice.of(notice)));
    }

    private ModelAndView<Map<String, Object>> cancelPage(HttpRequest<?> request, Meeting meeting, String reason,
                                                         String error) {
        Map<String, Object> model = pages.model(request, (error == null ? "" : "Error: ") + "Cancel " + meeting.title());
        model.put("meeting", meeting);
        model.put("dateAndTime", MeetingTexts.when(meeting));
        model.put("formAction", StaffRoutes.meeting(meeting.id(), "cancel"));
        model.put("backUrl", StaffRoutes.meeting(meeting.id()));
        Map<String, Object> field = new LinkedHashMap<>(Fields.textarea("reason", "Why it is cancelled",
                "Residents see this on the meeting's page, for example: The venue is closed for repairs. We will"
                        + " arrange a new date.", reason, error == null ? Map.of() : Map.of("reason", error), 3));
        model.put("reason", field);
        model.put("errorSummary", Fields.summary(error == null ? Map.of() : Map.of("reason", error)));
        return new ModelAndView<>("staff/meetings/cancel", model);
    }

    static int revision(Map<String, List<String>> fields) {
        String revision = Optional.ofNullable(Forms.first(fields, "revision")).orElse("");
        return revision.matches("\\d{1,9}") ? Integer.parseInt(revision) : -1;
    }
}
