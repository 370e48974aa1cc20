package uk.gov.safervoices.portal.staff.plan;

import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.plan.PlanContent;

import java.util.List;

/** The public meetings held in a plan year, as the plan summary lists them. */
@Singleton
class PlanMeetings {

    /** None yet: meetings are recorded from issue 7's meetings pages. */
    List<PlanContent.MeetingHeld> held(String planYear) {
        return List.of();
    }
}
