package uk.gov.safervoices.portal.meeting;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.Registrations;
import uk.gov.safervoices.portal.web.Forms;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Routes;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cancelling a place (or a place on the waiting list) with the reference given at registration; the first person
 * waiting gets the place. The name, needs and question go at once.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
class CancelController {
    private final Meetings meetings;
    private final Registrations registrations;
    private final Pages pages;
    private final Forms forms;

    CancelController(Meetings meetings, Registrations registrations, Pages pages, Forms forms) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.pages = pages;
        this.forms = forms;
    }

    @Get(Routes.MEETING_CANCEL)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request, @Nullable @QueryValue String reference) {
        return page(request, reference == null ? "" : reference, null);
    }

    @Post(Routes.MEETING_CANCEL)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        String reference = Optional.ofNullable(Forms.first(fields, "reference")).orElse("");
        if (reference.isBlank()) {
            return HttpResponse.ok(page(request, reference, "Enter your reference, for example MT-3A4B-7C8D-9EFA"));
        }
        if (Registrations.normalise(reference).isEmpty()) {
            return HttpResponse.ok(page(request, reference, "Enter the reference as it was given to you: MT and 12"
                    + " letters and numbers"));
        }
        Optional<Meeting> meeting = registrations.cancel(reference);
        if (meeting.isEmpty()) {
            return HttpResponse.ok(page(request, reference, "We could not find a place to cancel with that reference."
                    + " Check it, or it may be cancelled already or the meeting may have started"));
        }
        return HttpResponse.seeOther(URI.create(Routes.meeting(meeting.get().slug(), "cancelled")));
    }

    @Get(Routes.MEETING_CANCELLED)
    HttpResponse<?> cancelled(String slug) {
        return meetings.bySlug(slug).filter(Meeting::publiclyVisible).<HttpResponse<?>>map(m -> {
            Map<String, Object> model = pages.model("Your place has been cancelled");
            model.put("meeting", m);
            model.put("dateAndTime", MeetingTexts.when(m));
            model.put("meetingUrl", Routes.meeting(m.slug()));
            return HttpResponse.ok(new ModelAndView<>("meetings/cancelled", model));
        }).orElseGet(HttpResponse::notFound);
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, String reference, String error) {
        Map<String, Object> model = pages.model(request, (error == null ? "" : "Error: ") + "Cancel your place at a"
                + " meeting");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", "reference");
        input.put("name", "reference");
        input.put("label", Map.of("text", "Your reference", "classes", "govuk-label--s"));
        input.put("hint", Map.of("text", "It starts MT and was shown when you registered, for example"
                + " MT-3A4B-7C8D-9EFA"));
        input.put("value", reference);
        input.put("spellcheck", false);
        input.put("autocomplete", "off");
        input.put("classes", "govuk-input--width-20");
        if (error != null) {
            input.put("errorMessage", Map.of("text", error));
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList",
                    List.of(Map.of("text", error, "href", "#reference"))));
        }
        model.put("reference", input);
        model.put("formAction", Routes.MEETING_CANCEL);
        model.put("listUrl", Routes.MEETINGS);
        return new ModelAndView<>("meetings/cancel", model);
    }
}
