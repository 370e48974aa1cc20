package uk.gov.safervoices.admin.invitation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.TestDefinitions;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class InvitationCodesTest {
    @Inject InvitationCodes invitations;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject ResponseStore store;

    Consultation consultation;
    Consultation other;
    QuestionnaireVersion version;

    @BeforeEach
    void setUp() {
        String key = TestDefinitions.uniqueKey("invite");
        version = questionnaires.publish(TestDefinitions.smallSurvey(key, "Invitations"), key + ".yaml");
        consultation = create();
        other = create();
    }

    private Consultation create() {
        Instant now = Instant.now();
        return consultations.create(new Consultations.NewConsultation(TestDefinitions.uniqueKey("c"), "Sample",
                "A sample survey", null, null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)),
                List.of(version.questionnaireId()), true));
    }

    @Test
    void codesAreDistinctReadableAndBelongToTheirConsultation() {
        List<String> codes = invitations.generate(consultation, 200);

        assertEquals(200, new HashSet<>(codes).size());
        assertTrue(codes.stream().allMatch(c -> c.matches("[3-9A-Y]{5}-[3-9A-Y]{5}")), codes.get(0));
        assertTrue(invitations.unusedCode(consultation, codes.get(0)).isPresent());
        assertTrue(invitations.unusedCode(consultation, codes.get(1).toLowerCase().replace("-", " ")).isPresent(),
                "typed in lower case with a space");
        assertTrue(invitations.unusedCode(other, codes.get(0)).isEmpty(), "another consultation's code");
        assertTrue(invitations.unusedCode(consultation, "ABCDE-FGHJK").isEmpty());
        assertEquals(new InvitationCodes.Usage(200, 0), invitations.usage(consultation));
    }

    @Test
    void aCodeIsUsedUpByTheResponseThatUsesItAndCannotBeUsedAgain() {
        String code = invitations.generate(consultation, 1).get(0);
        long codeId = invitations.unusedCode(consultation, code).orElseThrow();
        Map<String, List<String>> answers = Map.of("safe_after_dark", List.of("very_safe"));

        SubmissionOutcome first = store.submit(new Submission(consultation, version, Channel.ONLINE, null, answers,
                codeId, List.of()));
        SubmissionOutcome second = store.submit(new Submission(consultation, version, Channel.ONLINE, null, answers,
                codeId, List.of()));

        assertInstanceOf(SubmissionOutcome.Accepted.class, first);
        assertEquals(new SubmissionOutcome.InvitationUsed(), second);
        assertEquals(1, store.countForConsultation(consultation), "the second response was not written");
        assertTrue(invitations.unusedCode(consultation, code).isEmpty());
        assertEquals(new InvitationCodes.Usage(1, 1), invitations.usage(consultation));
    }
}
