package uk.gov.safervoices.admin.engagement.core;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.engagement.core.EngagementRecord.Line;
import uk.gov.safervoices.admin.engagement.core.EngagementRecord.Status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engagement record turns "met" line by line as the evidence appears in the records, and says why not. */
class EngagementRecordTest {
    private static final Instant START = Instant.parse("2026-03-31T23:00:00Z");
    private static final Instant END = Instant.parse("2027-03-31T23:00:00Z");
    private static final List<String> AUTHORITIES = List.of("Council", "Fire and rescue", "Health", "Police",
            "Probation");
    private static final Instant MEETING = Instant.parse("2026-06-10T18:00:00Z");

    private static EngagementFacts facts(Instant now, List<EngagementFacts.ConsultationRun> consultations,
                                         List<EngagementFacts.MeetingFacts> meetings, boolean decided,
                                         Integer versions) {
        return new EngagementFacts("2026-27", START, END, now, consultations, meetings, AUTHORITIES, decided,
                versions, "/plan/2026-27", decided ? "/admin/priorities/1" : null);
    }

    private static List<Status> statuses(EngagementFacts facts) {
        return EngagementRecord.lines(facts).stream().map(Line::status).toList();
    }

    private static EngagementFacts.ConsultationRun survey(Instant closes, long responses) {
        return new EngagementFacts.ConsultationRun("Community safety survey", closes.minus(Duration.ofDays(42)),
                closes, responses, true, "/admin/analysis/consultations/1/results");
    }

    private static EngagementFacts.MeetingFacts meeting(Instant publicised, boolean recorded, Set<String> came,
                                                        Instant discussed) {
        return new EngagementFacts.MeetingFacts("Have your say: Northfield", MEETING, false, publicised, recorded,
                came, discussed, "/meetings/1");
    }

    @Test
    void eachLineTurnsMetAsItsEvidenceAppears() {
        Instant january = Instant.parse("2026-01-15T12:00:00Z");
        assertEquals(List.of(Status.NOT_YET, Status.NOT_YET, Status.NOT_YET, Status.NOT_YET, Status.NOT_YET),
                statuses(facts(january, List.of(), List.of(), false, null)), "nothing yet, before the year");

        Instant surveyCloses = Instant.parse("2026-02-28T23:59:00Z");
        assertEquals(Status.AT_RISK, statuses(facts(january, List.of(survey(surveyCloses, 120)), List.of(), false,
                null)).get(0), "the survey is still running");
        Instant march = Instant.parse("2026-03-10T12:00:00Z");
        List<EngagementFacts.ConsultationRun> surveyed = List.of(survey(surveyCloses, 1500));
        assertEquals(Status.MET, statuses(facts(march, surveyed, List.of(), true, null)).get(0),
                "a survey closing in the months before the plan year counts");

        Instant may = Instant.parse("2026-05-01T12:00:00Z");
        List<Status> planned = statuses(facts(may, surveyed, List.of(meeting(may.minus(Duration.ofDays(1)), false,
                Set.of(), null)), true, null));
        assertEquals(List.of(Status.MET, Status.AT_RISK, Status.MET, Status.NOT_YET, Status.AT_RISK), planned,
                "published 40 days ahead; not held yet; the plan year has begun without a summary");

        Instant july = Instant.parse("2026-07-01T12:00:00Z");
        Instant publicised = Instant.parse("2026-04-30T12:00:00Z");
        EngagementFacts missingProbation = facts(july, surveyed, List.of(meeting(publicised, true,
                Set.of("Council", "Fire and rescue", "Health", "Police"), null)), true, null);
        Line meetingLine = EngagementRecord.lines(missingProbation).get(1);
        assertEquals(Status.AT_RISK, meetingLine.status());
        assertEquals("No senior person came from Probation to Have your say: Northfield.", meetingLine.why());
        assertEquals(Status.AT_RISK, EngagementRecord.lines(missingProbation).get(3).status(), "held, not published");

        EngagementFacts done = facts(july, surveyed, List.of(meeting(publicised, true, Set.copyOf(AUTHORITIES),
                july)), true, 1);
        assertEquals(List.of(Status.MET, Status.MET, Status.MET, Status.MET, Status.MET), statuses(done));
        assertEquals("/plan/2026-27", EngagementRecord.lines(done).get(4).evidence().get(1).url());
    }

    @Test
    void lateNoticeCancelledMeetingsAndMeetingsOutsideTheYearDoNotCount() {
        Instant july = Instant.parse("2026-07-01T12:00:00Z");
        List<EngagementFacts.MeetingFacts> meetings = new ArrayList<>();
        meetings.add(meeting(MEETING.minus(Duration.ofDays(5)), true, Set.copyOf(AUTHORITIES), july));
        Line notice = EngagementRecord.lines(facts(july, List.of(), meetings, false, null)).get(2);
        assertEquals(Status.AT_RISK, notice.status());
        assertTrue(notice.why().contains("only 5 days before it"), notice.why());

        List<EngagementFacts.MeetingFacts> elsewhere = List.of(
                new EngagementFacts.MeetingFacts("Cancelled", MEETING, true, MEETING.minus(Duration.ofDays(30)), true,
                        Set.copyOf(AUTHORITIES), july, "/meetings/2"),
                new EngagementFacts.MeetingFacts("Last year", START.minus(Duration.ofDays(10)), false,
                        START.minus(Duration.ofDays(40)), true, Set.copyOf(AUTHORITIES), START, "/meetings/3"));
        assertEquals(List.of(Status.NOT_YET, Status.NOT_YET, Status.NOT_YET, Status.NOT_YET, Status.AT_RISK),
                statuses(facts(july, List.of(), elsewhere, false, null)),
                "a cancelled meeting and last year's meeting are not this year's evidence");
    }
}
