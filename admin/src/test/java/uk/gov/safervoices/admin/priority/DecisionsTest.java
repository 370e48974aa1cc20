package uk.gov.safervoices.admin.priority;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.DatabaseRows;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class DecisionsTest {
    @Inject Decisions decisions;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject DatabaseRows rows;

    Consultation consultation;
    String planYear;

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("d");
        QuestionnaireVersion version = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "Decisions"),
                key + ".yaml");
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Decided", "Priorities", null, null, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)),
                List.of(version.questionnaireId())));
        planYear = 2100 + (int) (Math.abs(key.hashCode()) % 800) + "-xx";
    }

    static Evidence evidence(double drugPoints) {
        return new Evidence("Survey 2026", "Top three?", "Ward, age and sex", 1200, 1100, 500, 1, "1/2/3",
                Instant.parse("2026-03-01T10:00:00Z").truncatedTo(ChronoUnit.MILLIS), List.of(
                new Evidence.ConcernEvidence("drug_dealing", "Drug dealing", 1, drugPoints, 0.9, 1.2, 0.5, 0.45,
                        0.55, 540, 0.99, 1, 2),
                new Evidence.ConcernEvidence("asb", "Anti-social behaviour", 2, 0.9, 0.8, 1.0, 0.4, 0.35, 0.45,
                        480, 0.97, 1, 2)));
    }

    private Decisions.NewDecision decision(String planYear, double drugPoints, String... concerns) {
        return new Decisions.NewDecision(planYear, "Board meeting, 12 March", LocalDate.of(2026, 3, 12),
                consultation.id(), java.util.Arrays.stream(concerns).map(c -> new Decisions.Priority(c,
                "Residents' first concern, and rising")).toList(), evidence(drugPoints));
    }

    @Test
    void aDecisionKeepsItsPrioritiesAndTheEvidenceAsItWas() {
        long id = decisions.record("partner", decision(planYear, 1.0857, "drug_dealing", "asb"));

        Decisions.Decision found = decisions.find(id).orElseThrow();
        assertEquals(List.of("drug_dealing", "asb"), found.priorities().stream().map(Decisions.Priority::concern).toList());
        assertEquals(evidence(1.0857), found.evidence(), "the snapshot reads back exactly");
        assertTrue(found.current());
        assertEquals(id, decisions.current(planYear).orElseThrow().id());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_event WHERE action = 'priority.decided' AND subject_id = ?",
                Long.toString(id)));
    }

    @Test
    void aLaterDecisionSupersedesWithItsReasonAndNothingIsEdited() {
        long first = decisions.record("partner", decision(planYear, 1.0857, "drug_dealing"));
        long second = decisions.supersede("chair", first, decision(planYear, 1.2, "asb"), "New police data");

        Decisions.Decision earlier = decisions.find(first).orElseThrow();
        Decisions.Decision later = decisions.find(second).orElseThrow();
        assertFalse(earlier.current());
        assertEquals(second, earlier.supersededBy());
        assertEquals(List.of("drug_dealing"), earlier.priorities().stream().map(Decisions.Priority::concern).toList());
        assertEquals(evidence(1.0857), earlier.evidence(), "the earlier evidence is untouched");
        assertEquals(first, later.supersedes());
        assertEquals("New police data", later.changeReason());
        assertEquals(second, decisions.current(planYear).orElseThrow().id());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_event WHERE action = 'priority.superseded'"
                + " AND subject_id = ?", Long.toString(first)));

        assertThrows(Decisions.NotCurrentException.class,
                () -> decisions.supersede("chair", first, decision(planYear, 1.3, "burglary"), "Again"));
        assertEquals(second, decisions.current(planYear).orElseThrow().id(), "the refused one changed nothing");
        assertNull(decisions.find(second).orElseThrow().supersededBy());
    }
}
