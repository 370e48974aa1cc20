package uk.gov.safervoices.portal.staff.engagement;

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
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.engagement.EngagementRecords;
import uk.gov.safervoices.admin.engagement.core.EngagementRecord;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.web.Routes;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statutory engagement record of a plan year (issue 7, ADR 0028): whether the partnership has obtained
 * residents' views, held a public meeting attended by a senior person from each responsible authority, publicised
 * it in advance, published what was discussed and published the plan summary; each line computed from the records,
 * with links to the evidence. Every staff role but the administrator's reads it.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured({StaffAccess.CONSULTATION, StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
class EngagementController {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final EngagementRecords records;
    private final StaffPages pages;
    private final Clock clock;

    EngagementController(EngagementRecords records, StaffPages pages, Clock clock) {
        this.records = records;
        this.pages = pages;
        this.clock = clock;
    }

    /** The current plan year's record. */
    @Get(StaffRoutes.ENGAGEMENT)
    HttpResponse<?> current() {
        return HttpResponse.seeOther(URI.create(StaffRoutes.engagement(currentYear())));
    }

    @Get(StaffRoutes.ENGAGEMENT_YEAR)
    HttpResponse<?> year(HttpRequest<?> request, @PathVariable String year) {
        if (!MatrixSettings.validPlanYear(year)) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = pages.model(request, "Engagement record " + year);
        model.put("planYear", year);
        int start = MatrixSettings.startYear(year);
        model.put("period", "1 April " + start + " to 31 March " + (start + 1));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (EngagementRecord.Line line : records.lines(year, LINKS)) {
            lines.add(Map.of("duty", line.duty(), "status", switch (line.status()) {
                case MET -> "Met";
                case AT_RISK -> "At risk";
                case NOT_YET -> "Not yet";
            }, "tag", switch (line.status()) {
                case MET -> "govuk-tag--green";
                case AT_RISK -> "govuk-tag--orange";
                case NOT_YET -> "govuk-tag--grey";
            }, "why", line.why(), "evidence", line.evidence().stream().map(e -> Map.of("text", e.text(), "url",
                    e.url() == null ? "" : e.url())).toList()));
        }
        model.put("lines", lines);
        int current = MatrixSettings.startYear(currentYear());
        List<Map<String, Object>> years = new ArrayList<>();
        for (int y = current - 2; y <= current + 1; y++) {
            String planYear = MatrixSettings.planYear(y);
            years.add(Map.of("planYear", planYear, "url", StaffRoutes.engagement(planYear), "current",
                    planYear.equals(year)));
        }
        model.put("years", years);
        return HttpResponse.ok(new ModelAndView<>("staff/engagement/record", model));
    }

    private String currentYear() {
        return MatrixSettings.planYearOf(LocalDate.now(clock.withZone(UK)));
    }

    private static final EngagementRecords.Links LINKS = new EngagementRecords.Links() {
        @Override
        public String consultation(Consultation consultation) {
            // the weighting page sets who responded, by ward, age and sex, beside the population
            return StaffRoutes.analysis(consultation.id(), "weighting");
        }

        @Override
        public String meeting(Meeting meeting) {
            return StaffRoutes.meeting(meeting.id());
        }

        @Override
        public String plan(String planYear) {
            return Routes.plan(planYear);
        }

        @Override
        public String decision(long id) {
            return StaffRoutes.decision(id);
        }
    };
}
