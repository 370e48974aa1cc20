package uk.gov.safervoices.portal.browser;

import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.MeetingDetails;
import uk.gov.safervoices.admin.meeting.MeetingOutcomes;
import uk.gov.safervoices.admin.meeting.MeetingTimes;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.Question;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Published meetings for browser tests: one ahead, and one under way with what was discussed published. */
final class TestMeetings {
    private TestMeetings() {
    }

    static Meeting upcoming(Meetings meetings, ResponsibleAuthorities authorities, String title, Integer capacity) {
        Instant start = MeetingTimes.fromUk(LocalDateTime.now(MeetingTimes.UK).plusDays(14)
                .truncatedTo(ChronoUnit.DAYS).withHour(19));
        Meeting draft = meetings.create("test", details(authorities, title, start, capacity));
        return meetings.publish("test", draft.id(), draft.revision());
    }

    /** A meeting that started an hour ago, recorded, with what was discussed published. */
    static Meeting discussed(Meetings meetings, MeetingOutcomes outcomes, ResponsibleAuthorities authorities,
                             String title) {
        Meeting draft = meetings.create("test", details(authorities, title, Instant.now().minus(Duration.ofHours(1)),
                null));
        Meeting published = meetings.publish("test", draft.id(), draft.revision());
        long attendee = meetings.attendees(draft.id()).get(0).id();
        Meeting recorded = outcomes.record("test", draft.id(), published.revision(), new MeetingOutcomes.Outcome(31,
                Map.of(attendee, true), List.of(), List.of(new Question("What is being done about speeding?",
                "Speed checks every week from May.", "Police")), "The chair opened the meeting.\n\nResidents"
                + " raised speeding and litter."));
        return outcomes.publishDiscussion("test", draft.id(), recorded.revision());
    }

    private static MeetingDetails details(ResponsibleAuthorities authorities, String title, Instant start,
                                          Integer capacity) {
        long police = authorities.current().stream().filter(a -> a.kind().equals("police")).findFirst().orElseThrow()
                .id();
        return new MeetingDetails(title, "Tell the partnership what matters to you.", start,
                start.plus(Duration.ofHours(2)), "Town Hall, Committee Room 1", "High Street\nExample Town EB1 1AA",
                "Step-free access from Church Lane. Hearing loop in the room.", null, "Welcome\n\nYour questions",
                capacity, null, List.of(new MeetingDetails.ExpectedAttendee(police, "Ch Supt Alex Example",
                "Borough Commander")));
    }
}
