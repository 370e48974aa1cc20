package uk.gov.safervoices.portal.staff.plan;

import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.plan.PlanContent;
import uk.gov.safervoices.portal.web.Routes;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The public meetings held in a plan year, as the plan summary lists them: published, not cancelled, already over,
 * each linking to its page (where "What was discussed" is, once published).
 */
@Singleton
class PlanMeetings {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final Meetings meetings;
    private final Clock clock;

    PlanMeetings(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    List<PlanContent.MeetingHeld> held(String planYear) {
        return meetings.inPlanYear(planYear).stream()
                .filter(m -> m.status() == Meeting.Status.PUBLISHED && m.over(clock.instant()))
                .map(m -> new PlanContent.MeetingHeld(m.title(), m.startsAt().atZone(UK).toLocalDate(),
                        Routes.meeting(m.slug()))).toList();
    }
}
