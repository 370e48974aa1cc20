package uk.gov.safervoices.admin.response;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.DatabaseRows;
import uk.gov.safervoices.admin.FullSurveyAnswers;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.answers.AnswerRow;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Equality answers live in their own table, feed only aggregate counts, and older rows are moved there. */
@MicronautTest(transactional = false)
class EqualityAnswersApartTest {
    @Inject ResponseStore store;
    @Inject EqualityAnswerSeparation separation;
    @Inject AnswerCounts counts;
    @Inject ResponseStatuses statuses;
    @Inject DatabaseRows database;
    @Inject Questionnaires questionnaires;
    @Inject Consultations consultations;

    Consultation consultation;
    QuestionnaireVersion version;
    Questionnaire definition;

    @BeforeEach
    void setUp() {
        String key = TestQuestionnaires.uniqueKey("equality");
        version = questionnaires.publish(TestQuestionnaires.fullSurvey(key, "Equality"), key + ".yaml");
        definition = questionnaires.definition(version);
        Instant now = Instant.now();
        consultation = consultations.create(new Consultations.NewConsultation(TestQuestionnaires.uniqueKey("c"),
                "Equality", "Apart", null, null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)),
                List.of(version.questionnaireId())));
    }

    private long submitMain() {
        Map<String, List<String>> main = new LinkedHashMap<>(FullSurveyAnswers.complete());
        main.keySet().removeIf(k -> k.startsWith("age") || k.startsWith("sex") || k.startsWith("gender_identity"));
        return ((SubmissionOutcome.Accepted) store.submit(new Submission(consultation, version, Channel.ONLINE,
                null, main))).responseId();
    }

    private long rows(String table, long responseId) {
        return database.count("SELECT COUNT(*) FROM " + table + " WHERE response_id = ?", responseId);
    }

    @Test
    void equalityAnswersGivenAfterSubmissionGoToTheirOwnTableOnce() {
        long responseId = submitMain();
        long mainRows = rows("response_answer", responseId);

        boolean added = store.addEqualityAnswers(responseId, definition,
                Map.of("age", new Answer.WholeNumber(42), "sex", new Answer.Single("female", null)));
        boolean again = store.addEqualityAnswers(responseId, definition, Map.of("sex", new Answer.Single("male", null)));

        assertTrue(added);
        assertFalse(again, "a repeated POST adds nothing");
        assertEquals(mainRows, rows("response_answer", responseId), "nothing added among the main answers");
        assertEquals(List.of("age", "sex"), database.strings("SELECT question_id FROM response_equality_answer "
                + "WHERE response_id = ? ORDER BY question_id", responseId));
        assertEquals(Map.of("female", 1L), counts.equalityChoiceCounts(consultation.id(), "sex"));
        statuses.mark("officer", responseId, ResponseRecord.Status.TEST, "Launch check");
        assertEquals(Map.of(), counts.equalityChoiceCounts(consultation.id(), "sex"), "included responses only");
    }

    @Test
    void equalityAnswersStoredAmongTheMainAnswersByAnEarlierReleaseAreMovedExactly() {
        long responseId = submitMain();
        List<AnswerRow> equality = rowsFor(Map.of("age", new Answer.WholeNumber(67),
                "gender_identity", new Answer.Single("no", "Described in my own words")));
        for (AnswerRow row : equality) {
            database.update("INSERT INTO response_answer (response_id, question_id, item_id, choice_id, rank_position, "
                    + "number_value, text_value) VALUES (?, ?, ?, ?, ?, ?, ?)", responseId, row.questionId(),
                    row.itemId(), row.choiceId(), row.rank(), row.number(), row.text());
        }
        List<AnswerRow> before = store.answerRows(store.findByReference(store.reference(responseId)).orElseThrow());

        int moved = separation.separate();

        assertTrue(moved >= 2, "moved " + moved);
        assertEquals(0, database.count("SELECT COUNT(*) FROM response_answer WHERE response_id = ? AND question_id IN "
                + "('age', 'gender_identity')", responseId));
        assertEquals(2, rows("response_equality_answer", responseId));
        List<AnswerRow> after = store.answerRows(store.findByReference(store.reference(responseId)).orElseThrow());
        assertEquals(sorted(before), sorted(after), "every row kept, exactly");
        assertEquals(0, separation.separate(), "nothing left to move");
    }

    private List<AnswerRow> rowsFor(Map<String, Answer> answers) {
        return uk.gov.safervoices.definitions.answers.AnswerRows.toRows(definition, answers);
    }

    private static List<String> sorted(List<AnswerRow> rows) {
        return rows.stream().map(AnswerRow::toString).sorted().toList();
    }
}
