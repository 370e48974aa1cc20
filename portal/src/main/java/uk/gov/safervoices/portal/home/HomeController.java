package uk.gov.safervoices.portal.home;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.plan.PlanSummaries;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.portal.meeting.MeetingTexts;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Routes;

import java.util.List;
import java.util.Map;

/** The home page: open consultations, then recently closed ones, the next public meetings and the latest plan summary. */
@Controller
@Produces(MediaType.TEXT_HTML)
class HomeController {
    private final Consultations consultations;
    private final Meetings meetings;
    private final PlanSummaries planSummaries;
    private final Pages pages;

    HomeController(Consultations consultations, Meetings meetings, PlanSummaries planSummaries, Pages pages) {
        this.consultations = consultations;
        this.meetings = meetings;
        this.planSummaries = planSummaries;
        this.pages = pages;
    }

    @Get(Routes.HOME)
    @View("home")
    Map<String, Object> home() {
        Map<String, Object> model = pages.model(null);
        model.put("open", summaries(consultations.open()));
        model.put("closed", summaries(consultations.recentlyClosed()));
        model.put("meetings", meetings.upcoming().stream().filter(m -> m.status() == Meeting.Status.PUBLISHED)
                .limit(3).map(m -> Map.of("url", Routes.meeting(m.slug()), "title", m.title(),
                        "dateAndTime", MeetingTexts.when(m))).toList());
        model.put("meetingsUrl", Routes.MEETINGS);
        planSummaries.publishedYears().stream().findFirst().ifPresent(year -> {
            model.put("planYear", year);
            model.put("planUrl", Routes.plan(year));
        });
        return model;
    }

    private static List<ConsultationSummary> summaries(List<Consultation> list) {
        return list.stream().map(c -> new ConsultationSummary(Routes.consultation(c.slug()), c.title(), c.summary(),
                Pages.date(c.closesAt()))).toList();
    }

    record ConsultationSummary(String url, String title, String summary, String closesOn) {
    }
}
