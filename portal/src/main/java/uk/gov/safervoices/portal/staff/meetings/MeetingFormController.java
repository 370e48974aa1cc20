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
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.meeting.Attendee;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.staff.consultations.ConsultationDates;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Creating a meeting (a draft) and changing one: details, venue or link, capacity, who is expected. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class MeetingFormController {
    private final Meetings meetings;
    private final ResponsibleAuthorities authorities;
    private final Consultations consultations;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    MeetingFormController(Meetings meetings, ResponsibleAuthorities authorities, Consultations consultations,
                          StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.meetings = meetings;
        this.authorities = authorities;
        this.consultations = consultations;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.NEW_MEETING)
    ModelAndView<Map<String, Object>> newForm(HttpRequest<?> request) {
        return page(request, new MeetingForm(null, List.of()), null);
    }

    @Post(StaffRoutes.NEW_MEETING)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        MeetingForm form = new MeetingForm(forms.read(request, body), authorityIds());
        if (!form.problems.isEmpty()) {
            return HttpResponse.ok(page(request, form, null));
        }
        Meeting meeting = meetings.create(user.actor(), form.details());
        return HttpResponse.seeOther(URI.create(StaffRoutes.meeting(meeting.id()))).cookie(flash.cookie(
                StaffFlash.Notice.of("Meeting saved as a draft: residents cannot see it until you publish it")));
    }

    @Get(StaffRoutes.MEETING_EDIT)
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long id) {
        return meetings.find(id).filter(m -> m.status() != Meeting.Status.CANCELLED)
                .<HttpResponse<?>>map(m -> HttpResponse.ok(page(request, new MeetingForm(m, meetings.attendees(id)
                        .stream().filter(Attendee::expected).toList()), m)))
                .orElseGet(HttpResponse::notFound);
    }

    @Post(StaffRoutes.MEETING_EDIT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, StaffUser user, @PathVariable long id, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Optional<Meeting> meeting = meetings.find(id).filter(m -> m.status() != Meeting.Status.CANCELLED);
        if (meeting.isEmpty()) {
            return HttpResponse.notFound();
        }
        MeetingForm form = new MeetingForm(fields, authorityIds());
        if (form.problems.isEmpty()) {
            try {
                meetings.update(user.actor(), id, form.revision(), form.details());
                return HttpResponse.seeOther(URI.create(StaffRoutes.meeting(id)))
                        .cookie(flash.cookie(StaffFlash.Notice.of("Meeting changed")));
            } catch (Meetings.StaleException e) {
                form.problems.put("title", "Someone changed this meeting while you were editing it: open it again"
                        + " to see their changes");
            } catch (Meetings.NotAllowedException e) {
                form.problems.put("capacity", e.getMessage());
            }
        }
        return HttpResponse.ok(page(request, form, meeting.get()));
    }

    private Set<Long> authorityIds() {
        return authorities.current().stream().map(ResponsibleAuthorities.Authority::id).collect(Collectors.toSet());
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, MeetingForm form, Meeting meeting) {
        String heading = meeting == null ? "New public meeting" : "Change " + meeting.title();
        Map<String, Object> model = pages.model(request, (form.problems.isEmpty() ? "" : "Error: ") + heading);
        Map<String, String> p = form.problems;
        model.put("heading", heading);
        model.put("formAction", meeting == null ? StaffRoutes.NEW_MEETING : StaffRoutes.meeting(meeting.id(), "edit"));
        model.put("backUrl", meeting == null ? StaffRoutes.MEETINGS : StaffRoutes.meeting(meeting.id()));
        model.put("revision", form.text.get("revision"));
        model.put("title", Fields.input("title", "Title", "For example: Have your say on community safety,"
                + " Greenhill", form.text.get("title"), p, null));
        model.put("summary", Fields.textarea("summary", "Summary (optional)", "One or two sentences for the list"
                + " of meetings and the top of its page", form.text.get("summary"), p, 3));
        model.put("date", ConsultationDates.input("date", "Date", "For example, 30 3 2027", form.date, p.get("date")));
        model.put("startTime", Fields.input("startTime", "Starts at (UK time)", "For example, 7pm or 19:00",
                form.text.get("startTime"), p, "govuk-input--width-5"));
        model.put("endTime", Fields.input("endTime", "Ends at (UK time)", "For example, 9pm or 21:00",
                form.text.get("endTime"), p, "govuk-input--width-5"));
        model.put("venueName", Fields.input("venueName", "Venue (leave empty for an online-only meeting)",
                "For example: Town Hall, Committee Room 1", form.text.get("venueName"), p, null));
        model.put("venueAddress", Fields.textarea("venueAddress", "Venue address", null,
                form.text.get("venueAddress"), p, 3));
        model.put("accessibility", Fields.textarea("accessibility", "Accessibility", "Step-free access, hearing"
                + " loop, accessible toilets, parking, public transport, and how to ask for other help",
                form.text.get("accessibility"), p, 4));
        model.put("onlineUrl", Fields.input("onlineUrl", "Online meeting link (optional)", "For a meeting online or"
                + " in both places. Residents see it on the meeting's page", form.text.get("onlineUrl"), p, null));
        model.put("agenda", Fields.textarea("agenda", "Agenda (optional)", "One item a line",
                form.text.get("agenda"), p, 5));
        model.put("capacity", Fields.input("capacity", "Places for residents (optional)", "When they are all"
                + " taken, residents can join a waiting list. Leave empty for no limit", form.text.get("capacity"), p,
                "govuk-input--width-5"));
        List<Map<String, Object>> consultationItems = new ArrayList<>();
        consultationItems.add(Fields.option("", "None", form.text.get("feedbackConsultation").isEmpty()));
        consultations.all().forEach(c -> consultationItems.add(Fields.option(c.id().toString(), c.title(),
                c.id().toString().equals(form.text.get("feedbackConsultation")))));
        model.put("feedbackConsultation", Fields.select("feedbackConsultation", "Consultation collecting feedback"
                + " on this meeting (optional)", consultationItems, p));
        List<ResponsibleAuthorities.Authority> current = authorities.current();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int row = 1; row <= form.attendees.size(); row++) {
            String[] a = form.attendees.get(row - 1);
            List<Map<String, Object>> items = new ArrayList<>();
            items.add(Fields.option("", "Choose an organisation", a[0].isEmpty()));
            current.forEach(authority -> items.add(Fields.option(Long.toString(authority.id()), authority.name()
                    + " (" + authority.kindName() + ")", Long.toString(authority.id()).equals(a[0]))));
            rows.add(Map.of("legend", "Attendee " + row,
                    "authority", Fields.select("authority" + row, "Organisation", items, p),
                    "name", Fields.input("attendeeName" + row, "Name", null, a[1], p, null),
                    "role", Fields.input("attendeeRole" + row, "Role", "For example: Borough Commander", a[2], p,
                            null)));
        }
        model.put("attendees", rows);
        model.put("authoritiesUrl", StaffRoutes.MEETING_AUTHORITIES);
        model.put("errorSummary", Fields.summary(p));
        return new ModelAndView<>("staff/meetings/form", model);
    }
}
