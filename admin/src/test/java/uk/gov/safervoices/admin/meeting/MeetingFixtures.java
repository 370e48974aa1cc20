package uk.gov.safervoices.admin.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Meeting details for tests. */
public final class MeetingFixtures {
    private MeetingFixtures() {
    }

    public static MeetingDetails inPerson(String title, Instant startsAt, Integer capacity,
                                          List<MeetingDetails.ExpectedAttendee> attendees) {
        return new MeetingDetails(title, "Tell the partnership what matters to you", startsAt,
                startsAt.plus(Duration.ofHours(2)), "Town Hall, Committee Room 1", "High Street, Example Town EB1 1AA",
                "Step-free access from the side entrance; hearing loop", null, "1. Welcome\n2. Your questions",
                capacity, null, attendees);
    }
}
