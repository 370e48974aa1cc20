package uk.gov.safervoices.definitions.answers;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.CHECKER;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.form;
import static uk.gov.safervoices.definitions.answers.TestQuestions.question;
import static uk.gov.safervoices.definitions.answers.TestQuestions.questionnaire;
import static uk.gov.safervoices.definitions.answers.TestQuestions.section;
import static uk.gov.safervoices.definitions.answers.TestQuestions.single;

class AnswerCheckerFlowTest {

    private final Section crime = section("crime",
            single("victim", "yes", "no").required().build(),
            single("reported", "yes", "no").required().showIf("victim = yes").build(),
            question("why_not", QuestionType.SHORT_TEXT).showIf("reported = no").build());
    private final Section followUp = section("follow_up", "reported = yes",
            single("satisfied", "yes", "no").required().build());
    private final Section about = section("about",
            question("age", QuestionType.WHOLE_NUMBER).min(16).max(120).build());
    private final Questionnaire survey = questionnaire(crime, followUp, about);

    @Test
    void wholeSubmission() {
        CheckResult result = CHECKER.check(survey, form("victim", "yes", "reported", "yes", "satisfied", "no",
                "age", "40", "csrf_token", "abc", "why_not", "ignored: reported is not no"));
        assertTrue(result.valid(), result.errors().toString());
        assertEquals(List.of("victim", "reported", "satisfied", "age"), List.copyOf(result.answers().keySet()));
    }

    @Test
    void answersToHiddenQuestionsAreDroppedEvenIfPosted() {
        CheckResult result = CHECKER.check(survey, form("victim", "no", "reported", "no", "why_not", "Scared",
                "satisfied", "yes"));
        assertTrue(result.valid(), result.errors().toString());
        assertEquals(Map.of("victim", new Answer.Single("no", null)), result.answers());
    }

    @Test
    void requiredQuestionsOnlyWhenShown() {
        CheckResult result = CHECKER.check(survey, form("victim", "yes"));
        assertEquals(List.of(new AnswerError("reported", "reported", "Select an option")), result.errors());
        assertFalse(result.valid());
        assertEquals("Select an option", result.errorFor("reported").orElseThrow().message());
        assertTrue(result.errorFor("satisfied").isEmpty(), "follow_up is hidden: reported has no answer");
    }

    @Test
    void anAnswerWithAnErrorCountsAsUnansweredForLaterConditions() {
        CheckResult result = CHECKER.check(survey, form("victim", "yes", "reported", "maybe", "why_not", "x"));
        assertEquals(List.of("reported"), result.errors().stream().map(AnswerError::questionId).toList());
        assertEquals(List.of("victim"), List.copyOf(result.answers().keySet()));
    }

    @Test
    void errorsFollowQuestionOrder() {
        CheckResult result = CHECKER.check(survey, form("victim", "maybe", "age", "200"));
        assertEquals(List.of("victim", "age"), result.errors().stream().map(AnswerError::questionId).toList());
        assertEquals("age", result.errorForField("age").orElseThrow().questionId());
    }

    @Test
    void onePageAtATime() {
        Map<String, Answer> earlier = Map.of("victim", new Answer.Single("yes", null),
                "reported", new Answer.Single("yes", null));
        CheckResult page = CHECKER.checkSection(survey, followUp, form("satisfied", "yes", "victim", "no"), earlier);
        assertEquals(Map.of("satisfied", new Answer.Single("yes", null)), page.answers(), "only this page's answers");
        assertTrue(page.valid());

        CheckResult hidden = CHECKER.checkSection(survey, followUp, form("satisfied", "yes"),
                Map.of("victim", new Answer.Single("no", null)));
        assertTrue(hidden.answers().isEmpty());
        assertTrue(hidden.valid());
    }

    @Test
    void onePageUsesItsOwnEarlierQuestions() {
        CheckResult page = CHECKER.checkSection(survey, crime, form("victim", "yes", "reported", "no",
                "why_not", " Scared "), Map.of("why_not", new Answer.Text("stale answer from before")));
        assertEquals(List.of("victim", "reported", "why_not"), List.copyOf(page.answers().keySet()));
        assertEquals(new Answer.Text("Scared"), page.answers().get("why_not"));

        CheckResult changed = CHECKER.checkSection(survey, crime, form("victim", "no", "reported", "no",
                "why_not", "Scared"), Map.of());
        assertEquals(List.of("victim"), List.copyOf(changed.answers().keySet()));
    }

    @Test
    void resultsAreImmutable() {
        CheckResult result = CHECKER.check(survey, form("victim", "no"));
        Question any = crime.questions().get(0);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> result.answers().put(any.id(), new Answer.PreferNotToSay()));
    }

    @Test
    void nullAndEmptyFormsAreUnanswered() {
        assertEquals(List.of(new AnswerError("victim", "victim", "Select an option")),
                CHECKER.check(survey, null).errors());
        assertEquals(List.of(new AnswerError("victim", "victim", "Select an option")),
                CHECKER.check(survey, Map.of("victim", java.util.Arrays.asList((String) null))).errors());
    }
}
