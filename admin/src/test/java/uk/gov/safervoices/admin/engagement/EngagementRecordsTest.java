package uk.gov.safervoices.admin.engagement;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.analysis.WeightedSurvey;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.engagement.core.EngagementRecord;
import uk.gov.safervoices.admin.meeting.Meeting;
import uk.gov.safervoices.admin.meeting.MeetingDetails;
import uk.gov.safervoices.admin.meeting.Meetings;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;
import uk.gov.safervoices.admin.plan.PlanDraft;
import uk.gov.safervoices.admin.plan.PlanSummaries;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.Evidence;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engagement record read from the database: consultations, meetings, authorities, decisions and summaries. */
@MicronautTest(transactional = false)
class EngagementRecordsTest {
    @Inject EngagementRecords records;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject Meetings meetings;
    @Inject ResponsibleAuthorities authorities;
    @Inject Decisions decisions;
    @Inject PlanSummaries summaries;

    private static final EngagementRecords.Links LINKS = new EngagementRecords.Links() {
        @Override
        public String consultation(Consultation consultation) {
            return "/c/" + consultation.id();
        }

        @Override
        public String meeting(Meeting meeting) {
            return "/m/" + meeting.id();
        }

        @Override
        public String plan(String planYear) {
            return "/plan/" + planYear;
        }

        @Override
        public String decision(long id) {
            return "/d/" + id;
        }
    };

    @Test
    void aFuturePlanYearsRecordFollowsItsConsultationMeetingDecisionAndSummary() {
        // a plan year no other test uses, before 2038 (MariaDB's TIMESTAMP, as consultations' dates, ends in January 2038)
        int start = 2036;
        String year = MatrixSettings.planYear(start);
        ZoneId uk = ZoneId.of("Europe/London");
        String key = WeightedSurvey.uniqueKey();
        QuestionnaireVersion version = questionnaires.publish(WeightedSurvey.definition(key), key + ".yaml");
        Consultation survey = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Survey " + year, "Priorities", null, null, LocalDate.of(start, 1, 5).atStartOfDay(uk).toInstant(),
                LocalDate.of(start, 2, 28).atStartOfDay(uk).toInstant(), List.of(version.questionnaireId())));
        Instant at = LocalDate.of(start, 6, 10).atTime(19, 0).atZone(uk).toInstant();
        long police = authorities.current().stream().filter(a -> a.kind().equals("police")).findFirst()
                .orElseThrow().id();
        Meeting draft = meetings.create("test", new MeetingDetails("Have your say " + year, "Tell us.", at,
                at.plus(Duration.ofHours(2)), "Town Hall", "High Street", "Step-free.", null, "Welcome", null, null,
                List.of(new MeetingDetails.ExpectedAttendee(police, "Ch Supt Example", "Borough Commander"))));
        meetings.publish("test", draft.id(), draft.revision());

        List<EngagementRecord.Line> lines = records.lines(year, LINKS);
        assertEquals(List.of(EngagementRecord.Status.AT_RISK, EngagementRecord.Status.AT_RISK,
                EngagementRecord.Status.MET, EngagementRecord.Status.NOT_YET, EngagementRecord.Status.NOT_YET),
                lines.stream().map(EngagementRecord.Line::status).toList(), lines.toString());
        assertTrue(lines.get(0).why().startsWith(survey.title() + " is asking residents now"), lines.get(0).why());
        assertEquals("/m/" + draft.id(), lines.get(1).evidence().get(0).url());

        decisions.record("partner", new Decisions.NewDecision(year, "Board", LocalDate.of(start, 3, 12),
                survey.id(), List.of(new Decisions.Priority("burglary", "First")), new Evidence(survey.title(),
                "Top?", "Scheme", 100, 90, 500, 1, "1/1/1", Instant.now(), List.of())));
        summaries.saveDraft("officer", year, 0, PlanDraft.EMPTY);
        summaries.publish("officer", year, "", List.of());
        EngagementRecord.Line plan = records.lines(year, LINKS).get(4);
        assertEquals(EngagementRecord.Status.MET, plan.status());
        assertEquals("/plan/" + year, plan.evidence().get(1).url());
    }
}
