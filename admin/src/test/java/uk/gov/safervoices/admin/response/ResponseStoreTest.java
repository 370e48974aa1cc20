package uk.gov.safervoices.admin.response;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.answers.AnswerRows;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Database tests of the response store: run on H2, and in CI on MySQL/MariaDB. */
@MicronautTest(transactional = false)
class ResponseStoreTest {
    @Inject ResponseStore store;
    @Inject ResponseRepository responses;
    @Inject ResponseAnswerRepository answers;
    @Inject ResponseWriter writer;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;

    QuestionnaireVersion version;
    Consultation open;
    Consultation closed;

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("store");
        version = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "Store test"), key + ".yaml");
        Instant now = Instant.now();
        open = consultation(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        closed = consultation(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
    }

    private Consultation consultation(Instant opens, Instant closes) {
        return consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"), "Test",
                "A test consultation", null, null, opens, closes, List.of(version.questionnaireId())));
    }

    private static Map<String, List<String>> completeAnswers() {
        return Map.of(
                "safe_after_dark", List.of("fairly_safe"),
                "places", List.of("park", "station"),
                "day.high_street", List.of("very_safe"),
                "day.estate", List.of("dont_know"),
                "top.1", List.of("asb"),
                "top.2", List.of("burglary"),
                "comments", List.of("More street lights, please."));
    }

    @Test
    void storesEveryAnswerInLongFormAndReadsItBack() {
        SubmissionOutcome outcome = store.submit(new Submission(open, version, Channel.ONLINE, null, completeAnswers()));

        SubmissionOutcome.Accepted accepted = assertInstanceOf(SubmissionOutcome.Accepted.class, outcome);
        assertFalse(accepted.repeated());
        assertTrue(accepted.reference().matches("SV-[3-9A-Y]{4}-[3-9A-Y]{4}"), accepted.reference());
        ResponseRecord response = store.findByReference(accepted.reference()).orElseThrow();
        assertEquals(Channel.ONLINE, response.channel());
        assertEquals(ResponseRecord.Status.SUBMITTED, response.status());
        assertEquals(version.id(), response.questionnaireVersionId());

        List<AnswerRow> rows = store.answerRows(response);
        // 1 scale + 2 chosen places + 2 grid items + 2 ranks + 1 text
        assertEquals(8, rows.size());
        assertTrue(rows.contains(new AnswerRow("safe_after_dark", null, "fairly_safe", null, 3L, null, null)));
        assertTrue(rows.contains(new AnswerRow("day", "estate", "dont_know", null, null, null, null)));
        assertTrue(rows.contains(new AnswerRow("top", null, "asb", 1, null, null, null)));
        assertTrue(rows.contains(new AnswerRow("top", null, "burglary", 2, null, null, null)));

        Questionnaire definition = questionnaires.definition(version);
        Map<String, Answer> readBack = AnswerRows.fromRows(definition, rows);
        assertEquals(new Answer.Ranking(List.of("asb", "burglary"), null), readBack.get("top"));
        assertEquals(new Answer.Text("More street lights, please."), readBack.get("comments"));
    }

    @Test
    void aRepeatedPostWithTheSameKeyReturnsTheFirstReferenceAndWritesNothingMore() {
        String key = UUID.randomUUID().toString();
        var first = (SubmissionOutcome.Accepted) store.submit(new Submission(open, version, Channel.ONLINE, key, completeAnswers()));
        var second = (SubmissionOutcome.Accepted) store.submit(new Submission(open, version, Channel.ONLINE, key, completeAnswers()));

        assertEquals(first.reference(), second.reference());
        assertTrue(second.repeated());
        assertEquals(1, responses.countByConsultationId(open.id()));
    }

    @Test
    void concurrentRepeatsOfOneSubmissionStoreOneResponse() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<SubmissionOutcome>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> store.submit(new Submission(open, version, Channel.ONLINE, key, completeAnswers())));
            }
            List<String> references = new ArrayList<>();
            for (Future<SubmissionOutcome> f : pool.invokeAll(tasks)) {
                references.add(((SubmissionOutcome.Accepted) f.get()).reference());
            }
            assertEquals(1, references.stream().distinct().count(), references.toString());
            assertEquals(1, responses.countByConsultationId(open.id()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidAnswersAreRejectedWithTheCheckersErrorsAndNothingIsWritten() {
        Map<String, List<String>> raw = Map.of("places", List.of("park", "nowhere"), "top.2", List.of("asb"));

        SubmissionOutcome outcome = store.submit(new Submission(open, version, Channel.ONLINE, null, raw));

        SubmissionOutcome.Invalid invalid = assertInstanceOf(SubmissionOutcome.Invalid.class, outcome);
        assertTrue(invalid.check().errorFor("safe_after_dark").isPresent(), "required question unanswered");
        assertTrue(invalid.check().errorFor("places").isPresent(), "exclusive choice with another");
        assertTrue(invalid.check().errorFor("top").isPresent(), "second choice without a first");
        assertEquals(0, responses.countByConsultationId(open.id()));
    }

    @Test
    void aClosedConsultationTakesNoOnlineResponsesButPaperResponsesCanStillBeEntered() {
        SubmissionOutcome online = store.submit(new Submission(closed, version, Channel.ONLINE, null, completeAnswers()));
        assertEquals(new SubmissionOutcome.NotOpen(Consultation.State.CLOSED), online);

        SubmissionOutcome paper = store.submit(new Submission(closed, version, Channel.PAPER, null, completeAnswers()));
        assertInstanceOf(SubmissionOutcome.Accepted.class, paper);
        assertEquals(1, responses.countByConsultationId(closed.id()));
    }

    @Test
    void aResponseIsWrittenWholeOrNotAtAll() {
        String reference = "SV-TEST-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        ResponseRecord response = new ResponseRecord(null, reference, open.id(), version.id(), Channel.ONLINE,
                ResponseRecord.Status.SUBMITTED, null, null, Instant.now(), null, null);
        List<AnswerRow> rows = List.of(
                new AnswerRow("safe_after_dark", null, "very_safe", null, 4L, null, null),
                // a question id longer than the column allows: the second insert fails
                new AnswerRow("x".repeat(300), null, "park", null, null, null, null));

        assertThrows(DataAccessException.class, () -> writer.write(response, rows, List.of(),
                CodedAnswers.of(questionnaires.definition(version)), null, id -> { }));

        assertTrue(responses.findByReference(reference).isEmpty(), "the response row was rolled back");
        assertEquals(0, responses.countByConsultationId(open.id()));
    }

    @Test
    void whatIsWrittenAlongsideCommitsWithTheResponseOrNeitherDoes() {
        String key = UUID.randomUUID().toString();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> store.submit(
                new Submission(open, version, Channel.ONLINE, key, completeAnswers()), id -> {
                    assertTrue(responses.findById(id).isPresent(), "runs after the response is written");
                    throw new IllegalStateException("the draft could not be updated");
                }));
        assertEquals("the draft could not be updated", failure.getMessage());
        assertTrue(store.findBySubmissionKey(key).isEmpty(), "the response was rolled back with it");

        long[] seen = new long[1];
        SubmissionOutcome outcome = store.submit(new Submission(open, version, Channel.ONLINE, key, completeAnswers()),
                id -> seen[0] = id);
        assertEquals(((SubmissionOutcome.Accepted) outcome).responseId(), seen[0]);
    }
}
