package uk.gov.safervoices.admin.consultation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ConsultationsTest {
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;

    @Test
    void listsOpenAndRecentlyClosedConsultationsButNotFutureOrLongClosedOnes() {
        String key = TestQuestionnaires.uniqueKey("list");
        QuestionnaireVersion version = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "List"), key + ".yaml");
        Instant now = Instant.now();
        Consultation open = create(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)), version);
        Consultation future = create(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)), version);
        Consultation recent = create(now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(2)), version);
        Consultation old = create(now.minus(Duration.ofDays(800)), now.minus(Duration.ofDays(700)), version);

        List<String> openSlugs = consultations.open().stream().map(Consultation::slug).toList();
        List<String> closedSlugs = consultations.recentlyClosed().stream().map(Consultation::slug).toList();

        assertTrue(openSlugs.contains(open.slug()));
        assertFalse(openSlugs.contains(future.slug()));
        assertFalse(openSlugs.contains(recent.slug()));
        assertTrue(closedSlugs.contains(recent.slug()));
        assertFalse(closedSlugs.contains(old.slug()));
        assertEquals(Consultation.State.NOT_YET_OPEN, future.stateAt(now));
        assertEquals(List.of(version.questionnaireId()), consultations.questionnaireIds(open));
    }

    @Test
    void aConsultationMustCloseAfterItOpens() {
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> consultations.create(new Consultations.NewConsultation(
                TestQuestionnaires.uniqueKey("bad"), "Bad", "Bad", null, null, now, now, List.of())));
    }

    private Consultation create(Instant opens, Instant closes, QuestionnaireVersion version) {
        return consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"), "T", "S",
                null, null, opens, closes, List.of(version.questionnaireId())));
    }
}
