package uk.gov.safervoices.admin.invitation;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class InvitationCodesTest {
    @Inject InvitationCodes invitations;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject ResponseStore store;
    @Inject AuditLog audit;

    Consultation consultation;
    Consultation other;
    QuestionnaireVersion version;

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("invite");
        version = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "Invitations"), key + ".yaml");
        consultation = create();
        other = create();
    }

    private Consultation create() {
        Instant now = Instant.now();
        return consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"), "Sample",
                "A sample survey", null, null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)),
                List.of(version.questionnaireId()), true));
    }

    @Test
    void codesAreDistinctReadableAndBelongToTheirConsultation() {
        List<String> codes = invitations.generate("tester", consultation, 200).codes();

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
        String code = invitations.generate("tester", consultation, 1).codes().get(0);
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

    @Test
    void theMailMergeFileHoldsExactlyTheBatchsCodesWhichWorkAndAreNotStoredReadably() throws IOException {
        InvitationCodes.NewBatch batch = invitations.generate("officer", consultation, 25);
        StringWriter file = new StringWriter();

        InvitationCodes.writeMailMerge(batch, file);

        List<CSVRecord> records = CSVParser.parse(new StringReader(file.toString()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
        assertEquals(25, records.size());
        assertEquals(batch.codes(), records.stream().map(r -> r.get("code")).toList());
        assertEquals("1", records.get(0).get("serial"));
        assertEquals("25", records.get(24).get("serial"));
        for (CSVRecord record : records) {
            assertTrue(invitations.unusedCode(consultation, record.get("code")).isPresent(), record.get("code"));
        }
        List<AuditEvent> events = audit.about("consultation", consultation.id());
        assertEquals(1, events.size());
        assertEquals("invitation.batch_generated", events.get(0).action());
        assertEquals("officer", events.get(0).actor());
        assertTrue(batch.codes().stream().noneMatch(code -> events.get(0).afterValue().contains(code)
                        || events.get(0).afterValue().contains(InvitationCodes.normalise(code))),
                "the audit log never holds a code");
    }

    @Test
    void usageIsCountedPerBatchWithoutSayingWhichResponseUsedWhichCode() {
        InvitationCodes.NewBatch first = invitations.generate("officer", consultation, 3);
        InvitationCodes.NewBatch second = invitations.generate("analyst", consultation, 2);
        Map<String, List<String>> answers = Map.of("safe_after_dark", List.of("very_safe"));
        for (String code : List.of(first.codes().get(0), first.codes().get(2), second.codes().get(1))) {
            long codeId = invitations.unusedCode(consultation, code).orElseThrow();
            assertInstanceOf(SubmissionOutcome.Accepted.class, store.submit(new Submission(consultation, version,
                    Channel.ONLINE, null, answers, codeId, List.of())));
        }

        List<InvitationCodes.BatchUsage> batches = invitations.batches(consultation);

        assertEquals(List.of(first.batchId(), second.batchId()), batches.stream().map(InvitationCodes.BatchUsage::batchId).toList());
        assertEquals(List.of(3, 2), batches.stream().map(InvitationCodes.BatchUsage::generated).toList());
        assertEquals(List.of(2L, 1L), batches.stream().map(InvitationCodes.BatchUsage::used).toList());
        assertEquals(List.of(1L, 1L), batches.stream().map(InvitationCodes.BatchUsage::unused).toList());
        assertEquals("analyst", batches.get(1).createdBy());
        assertTrue(invitations.batches(other).isEmpty());
        assertTrue(java.util.Arrays.stream(InvitationCodes.BatchUsage.class.getRecordComponents())
                        .noneMatch(c -> c.getName().toLowerCase().contains("response")),
                "a batch summary has nothing that could point at a response");
    }

    @Test
    void withdrawingABatchStopsItsUnusedCodesAndKeepsTheUsedOnesCounted() {
        InvitationCodes.NewBatch lost = invitations.generate("officer", consultation, 4);
        InvitationCodes.NewBatch kept = invitations.generate("officer", consultation, 2);
        long usedId = invitations.unusedCode(consultation, lost.codes().get(0)).orElseThrow();
        assertInstanceOf(SubmissionOutcome.Accepted.class, store.submit(new Submission(consultation, version,
                Channel.ONLINE, null, Map.of("safe_after_dark", List.of("very_safe")), usedId, List.of())));

        int withdrawn = invitations.withdraw("officer", consultation, lost.batchId());

        assertEquals(3, withdrawn);
        assertTrue(lost.codes().stream().allMatch(code -> invitations.unusedCode(consultation, code).isEmpty()));
        assertTrue(invitations.unusedCode(consultation, kept.codes().get(0)).isPresent(), "other batches still work");
        InvitationCodes.BatchUsage usage = invitations.batches(consultation).get(0);
        assertEquals(4, usage.generated());
        assertEquals(1, usage.used());
        assertEquals(0, usage.unused());
        assertTrue(usage.withdrawn() != null);
        assertThrows(IllegalArgumentException.class, () -> invitations.withdraw("officer", other, kept.batchId()),
                "a batch of another consultation");
    }
}
