package uk.gov.safervoices.admin.plan;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.AnotherWriter;
import uk.gov.safervoices.admin.DatabaseRows;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.Evidence;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plan summaries on the database: a guarded draft, versions never edited, figures from the frozen decision. */
@MicronautTest(transactional = false)
class PlanSummariesTest {
    private static final AtomicInteger YEARS = new AtomicInteger(4000 + (int) Math.floorMod(System.nanoTime(), 3000L));

    @Inject PlanSummaries summaries;
    @Inject Decisions decisions;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject DatabaseRows rows;
    @Inject DataSource dataSource;
    @Inject ObjectMapper json;

    String planYear;
    Consultation consultation;

    @BeforeEach
    void setUp() {
        int start = YEARS.incrementAndGet();
        planYear = start + "-" + String.format("%02d", (start + 1) % 100);
        String key = TestQuestionnaires.uniqueKey("p");
        QuestionnaireVersion version = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "Plan"), key + ".yaml");
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Survey 2026", "Priorities", null, null, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)),
                List.of(version.questionnaireId())));
    }

    private static Evidence evidence(double drugPoints) {
        return new Evidence("Survey 2026", "Top three?", "Ward, age and sex", 1200, 1100, 500, 1, "1/2/3",
                Instant.parse("2026-03-01T10:00:00Z").truncatedTo(ChronoUnit.MILLIS), List.of(
                new Evidence.ConcernEvidence("drug_dealing", "Drug dealing", 1, drugPoints, 0.9, 1.2, 0.5, 0.45,
                        0.55, 540, 0.99, 1, 2),
                new Evidence.ConcernEvidence("hate_crime", "Hate crime", 2, 0.1, 0.0, 0.2, 0.02, 0.0, 0.05,
                        12, 0.1, 2, 3)));
    }

    private long decide(double drugPoints, String... concerns) {
        return decisions.record("partner", new Decisions.NewDecision(planYear, "Board, 12 March",
                LocalDate.of(2026, 3, 12), consultation.id(), java.util.Arrays.stream(concerns)
                .map(c -> new Decisions.Priority(c, "Residents' first concern")).toList(), evidence(drugPoints)));
    }

    private static PlanDraft draft(String action) {
        return new PlanDraft("Our plan for the year.", Map.of("drug_dealing", List.of(
                new PlanContent.Action(action, "Police", "By March 2027"))), List.of(
                new PlanContent.Measure("Residents feeling safe after dark", "80%", "76%", "75%")));
    }

    @Test
    void theDraftIsGuardedByItsRevisionAndTheSummaryComesFromTheCurrentDecision() {
        assertThrows(PlanSummaries.NoDecisionException.class, () -> summaries.preview(planYear, List.of()));
        long decision = decide(1.25, "drug_dealing", "hate_crime");

        PlanSummaries.SavedDraft saved = summaries.saveDraft("officer", planYear, 0, draft("Close drug houses"));
        assertEquals(1, saved.revision());
        assertThrows(PlanSummaries.StaleException.class, () -> summaries.saveDraft("other", planYear, 0,
                draft("Something else")), "a second first draft");
        summaries.saveDraft("officer", planYear, 1, draft("Close crack houses"));

        PlanContent preview = summaries.preview(planYear, List.of());
        assertEquals(decision, preview.decisionId());
        assertEquals(List.of("drug_dealing", "hate_crime"), preview.priorities().stream()
                .map(PlanContent.Priority::concern).toList());
        assertEquals("Close crack houses", preview.priorities().get(0).actions().get(0).action());
        assertTrue(preview.priorities().get(1).actions().isEmpty(), "no actions written for hate crime yet");
        assertEquals(1.25, preview.youSaid().concerns().get(0).bordaMean());
        assertFalse(preview.youSaid().concerns().get(0).suppressed());
        assertTrue(preview.youSaid().concerns().get(1).suppressed(), "12 residents: under the minimum base of 30");
        assertEquals(1100, preview.youSaid().rankers());
    }

    @Test
    void publishedVersionsAreKeptAsTheyWereAndACorrectionSaysWhatChanged() {
        long first = decide(1.25, "drug_dealing");
        summaries.saveDraft("officer", planYear, 0, draft("Close drug houses"));
        PlanSummaries.Version one = summaries.publish("officer", planYear, "", List.of(
                new PlanContent.MeetingHeld("Public meeting", LocalDate.of(2026, 2, 1), "/meetings/1")));
        assertEquals(1, one.version());
        assertNull(one.correctionNote());
        assertEquals(List.of(planYear), summaries.publishedYears().stream().filter(planYear::equals).toList());

        assertThrows(IllegalArgumentException.class, () -> summaries.publish("officer", planYear, " ", List.of()),
                "a later version must say what was corrected");
        long later = decisions.supersede("chair", first, new Decisions.NewDecision(planYear, "Board, 20 March",
                LocalDate.of(2026, 3, 20), consultation.id(), List.of(new Decisions.Priority("hate_crime",
                "Rising reports")), evidence(1.5)), "New police data");
        summaries.saveDraft("officer", planYear, 1, draft("Close crack houses"));
        PlanSummaries.Version two = summaries.publish("officer", planYear, "Priorities revised on 20 March",
                List.of());

        assertEquals(2, two.version());
        assertEquals(later, two.content().decisionId());
        assertEquals("Priorities revised on 20 March", two.correctionNote());
        PlanContent stillOne = summaries.version(planYear, 1).orElseThrow().content();
        assertEquals(one.content(), stillOne, "the first version reads back exactly as published");
        assertEquals("drug_dealing", stillOne.priorities().get(0).concern());
        assertEquals("Close drug houses", stillOne.priorities().get(0).actions().get(0).action());
        assertEquals(2, summaries.latest(planYear).orElseThrow().version());
        assertEquals(List.of(1, 2), summaries.versions(planYear).stream().map(PlanSummaries.Version::version)
                .toList());
        assertEquals(2, rows.count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'plan_summary'"
                + " AND subject_id = ? AND action IN ('plan.published', 'plan.corrected')", planYear));
    }

    @Test
    void whenTwoPublishAtTheSameMomentTheSecondIsToldAndNothingOfItIsKept() throws Exception {
        long decision = decide(1.25, "drug_dealing");
        summaries.saveDraft("officer", planYear, 0, draft("Close drug houses"));
        String content = json.writeValueAsString(summaries.preview(planYear, List.of()));
        // a colleague's version 1, not yet committed when this publication counts the versions so far
        try (AnotherWriter colleague = AnotherWriter.inserting(dataSource, "INSERT INTO plan_summary_version"
                + " (plan_year, version, decision_id, content, published_by, published_at)"
                + " VALUES (?, 1, ?, ?, 'colleague', ?)", planYear, decision, content, Timestamp.from(Instant.now()))) {
            assertThrows(PlanSummaries.PublishedMeanwhileException.class, () -> colleague.commitWhileBlocked(
                    () -> summaries.publish("officer", planYear, "", List.of())));
        }
        assertEquals(List.of("colleague"), summaries.versions(planYear).stream()
                .map(PlanSummaries.Version::publishedBy).toList(), "only the colleague's version");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'plan_summary'"
                + " AND subject_id = ? AND action IN ('plan.published', 'plan.corrected')", planYear),
                "no audit entry for a publication that did not happen");
        assertEquals(1, summaries.draft(planYear).orElseThrow().revision(), "the draft untouched");
    }
}
