package uk.gov.safervoices.admin.meeting;

import java.time.Instant;

/**
 * A public meeting as stored (table {@code meeting}, V17). Times are instants, shown in UK time. The details a
 * member of staff enters are in {@link MeetingDetails}; what happened at it ({@code attendance}, {@code minutes},
 * {@code recordedAt}) is filled in afterwards, and {@code discussedPublishedAt} says whether (and since when)
 * "What was discussed" is public.
 *
 * @param publicisedAt when it was first published; never cleared, so "publicised in advance" is
 *                     {@code publicisedAt < startsAt}
 * @param capacity     places for residents, or null for no limit
 */
public record Meeting(long id, String slug, String title, String summary, Instant startsAt, Instant endsAt,
                      String planYear, String venueName, String venueAddress, String accessibility,
                      String onlineUrl, String agenda, Integer capacity, Status status, Instant publicisedAt,
                      Instant cancelledAt, String cancelReason, Long feedbackConsultationId, Integer attendance,
                      String minutes, Instant recordedAt, Instant discussedPublishedAt,
                      Instant registrationsPurgedAt, int revision, String createdBy, Instant createdAt) {

    public enum Status { DRAFT, PUBLISHED, CANCELLED }

    /** Whether residents can see it: published, or cancelled after it was published. */
    public boolean publiclyVisible() {
        return status != Status.DRAFT && publicisedAt != null;
    }

    public boolean inPerson() {
        return venueName != null;
    }

    public boolean online() {
        return onlineUrl != null;
    }

    /** Residents can register while it is published and has not started. */
    public boolean registrationOpen(Instant now) {
        return status == Status.PUBLISHED && now.isBefore(startsAt);
    }

    public boolean over(Instant now) {
        return !endsAt.isAfter(now);
    }

    public boolean recorded() {
        return recordedAt != null;
    }

    public boolean discussedPublished() {
        return discussedPublishedAt != null;
    }
}
