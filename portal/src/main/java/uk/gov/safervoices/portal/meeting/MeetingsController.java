package uk.gov.safervoices.portal.meeting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.views.ModelAndView;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Routes;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Public meetings as residents see them: the list (upcoming, then past), a meeting's page, and its iCalendar file.
 * Only published meetings (and published ones since cancelled) are shown; a draft is "Page not found".
 */
@Controller
class MeetingsController {
    private final Meetings meetings;
    private final MeetingPage meetingPage;
    private final Pages pages;
    private final HttpHostResolver hosts;
    private final Clock clock;

    MeetingsController(Meetings meetings, MeetingPage meetingPage, Pages pages, HttpHostResolver hosts, Clock clock) {
        this.meetings = meetings;
        this.meetingPage = meetingPage;
        this.pages = pages;
        this.hosts = hosts;
        this.clock = clock;
    }

    @Get(Routes.MEETINGS)
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list() {
        Map<String, Object> model = pages.model("Public meetings");
        model.put("upcoming", summaries(meetings.upcoming()));
        model.put("past", summaries(meetings.past()));
        model.put("cancelUrl", Routes.MEETING_CANCEL);
        return new ModelAndView<>("meetings/list", model);
    }

    @Get(Routes.MEETING)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> show(String slug) {
        if (slug.matches("\\d{1,18}")) {
            // /meetings/{id} is kept as a short address: it leads to the meeting's own address
            return meetings.find(Long.parseLong(slug)).filter(Meeting::publiclyVisible)
                    .<HttpResponse<?>>map(m -> HttpResponse.redirect(URI.create(Routes.meeting(m.slug()))))
                    .orElseGet(HttpResponse::notFound);
        }
        Optional<Meeting> meeting = visible(slug);
        if (meeting.isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = pages.model(meeting.get().title());
        model.putAll(meetingPage.model(meeting.get()));
        return HttpResponse.ok(new ModelAndView<>("meetings/meeting", model));
    }

    @Get(Routes.MEETING_CALENDAR)
    HttpResponse<?> calendar(HttpRequest<?> request, String slug) {
        Optional<Meeting> meeting = slug.matches("\\d{1,18}")
                ? meetings.find(Long.parseLong(slug)).filter(Meeting::publiclyVisible) : visible(slug);
        if (meeting.isEmpty()) {
            return HttpResponse.notFound();
        }
        String base = hosts.resolve(request);
        String host = URI.create(base).getHost();
        String file = MeetingCalendar.of(meeting.get(), host == null ? "safervoices" : host,
                base + Routes.meeting(meeting.get().slug()), meetingPage.calendarDescription(meeting.get(),
                        base + Routes.meeting(meeting.get().slug())), clock.instant());
        return HttpResponse.ok(file.getBytes(StandardCharsets.UTF_8))
                .contentType(MeetingCalendar.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + meeting.get().slug() + ".ics\"");
    }

    private Optional<Meeting> visible(String slug) {
        return meetings.bySlug(slug).filter(Meeting::publiclyVisible);
    }

    private static List<Map<String, Object>> summaries(List<Meeting> list) {
        return list.stream().map(m -> Map.<String, Object>of("url", Routes.meeting(m.slug()), "title", m.title(),
                "dateAndTime", MeetingTexts.when(m), "where", MeetingPage.where(m),
                "cancelled", m.status() == Meeting.Status.CANCELLED,
                "discussed", m.discussedPublished())).toList();
    }
}
