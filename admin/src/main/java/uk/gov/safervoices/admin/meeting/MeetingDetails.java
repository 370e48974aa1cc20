package uk.gov.safervoices.admin.meeting;

import java.time.Instant;
import java.util.List;

/**
 * What staff enter about a meeting before it happens. It is held in person (a venue), online (a link) or both.
 *
 * @param capacity  places for residents, or null for no limit
 * @param attendees the senior people expected from the responsible authorities, in the order to list them
 */
public record MeetingDetails(String title, String summary, Instant startsAt, Instant endsAt, String venueName,
                             String venueAddress, String accessibility, String onlineUrl, String agenda,
                             Integer capacity, Long feedbackConsultationId, List<ExpectedAttendee> attendees) {
    public static final int MAX_CAPACITY = 100_000;

    public MeetingDetails {
        attendees = List.copyOf(attendees);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A meeting needs a title");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A meeting must end after it starts");
        }
        if (venueName == null && onlineUrl == null) {
            throw new IllegalArgumentException("A meeting needs a venue or an online link");
        }
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            throw new IllegalArgumentException("A capacity is from 1 to " + MAX_CAPACITY);
        }
    }

    /** A senior person expected from a responsible authority. */
    public record ExpectedAttendee(long authorityId, String name, String role) {
    }
}
