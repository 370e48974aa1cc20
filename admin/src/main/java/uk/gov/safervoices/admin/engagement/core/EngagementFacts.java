package uk.gov.safervoices.admin.engagement.core;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the records say about one plan year, gathered for the engagement record's rules (issue 7): the
 * consultations, the public meetings, the responsible authorities and the plan summary. Pure data.
 *
 * @param yearStart   1 April of the plan year, 00:00 UK time
 * @param yearEnd     1 April of the next year, 00:00 UK time (exclusive)
 * @param now         when the record is read
 * @param authorities the partnership's responsible authorities, by name
 */
public record EngagementFacts(String planYear, Instant yearStart, Instant yearEnd, Instant now,
                              List<ConsultationRun> consultations, List<MeetingFacts> meetings,
                              List<String> authorities, boolean decisionRecorded, Integer publishedVersions,
                              String planUrl, String decisionUrl) {

    public EngagementFacts {
        consultations = List.copyOf(consultations);
        meetings = List.copyOf(meetings);
        authorities = List.copyOf(authorities);
    }

    /**
     * A consultation, and whether it asks residents about crime and priorities (it has a ranking or rating of
     * concerns of the catalogue).
     */
    public record ConsultationRun(String title, Instant opens, Instant closes, long responses,
                                  boolean asksAboutPriorities, String url) {
    }

    /**
     * A public meeting.
     *
     * @param publicisedAt   when it was first published on the portal; null if never
     * @param recorded       staff have recorded what happened (attendance, who came)
     * @param attended       the responsible authorities a senior person came from
     * @param discussedAt    when "What was discussed" was published; null if not yet
     */
    public record MeetingFacts(String title, Instant startsAt, boolean cancelled, Instant publicisedAt,
                               boolean recorded, Set<String> attended, Instant discussedAt, String url) {
        public MeetingFacts {
            attended = Set.copyOf(attended);
        }
    }
}
