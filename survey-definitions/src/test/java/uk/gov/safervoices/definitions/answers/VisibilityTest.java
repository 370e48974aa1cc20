package uk.gov.safervoices.definitions.answers;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.definitions.answers.TestQuestions.questionnaire;
import static uk.gov.safervoices.definitions.answers.TestQuestions.section;
import static uk.gov.safervoices.definitions.answers.TestQuestions.single;

class VisibilityTest {

    private final Question victim = single("victim", "yes", "no").build();
    private final Question reported = single("reported", "yes", "no").showIf("victim = yes").build();
    private final Question why = single("why_not", "fear", "pointless").showIf("reported = no").build();
    private final Question safe = single("safe", "yes", "no").build();
    private final Section crime = section("crime", victim, reported, why);
    private final Section followUp = section("follow_up", "reported = yes", single("satisfied", "yes", "no").build());
    private final Section feelings = section("feelings", safe);
    private final Questionnaire survey = questionnaire(crime, followUp, feelings);

    private static Map<String, Answer> answers(String... pairs) {
        Map<String, Answer> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new Answer.Single(pairs[i + 1], null));
        }
        return map;
    }

    @Test
    void questionsWithoutConditionsAreShown() {
        assertTrue(Visibility.isShown(survey, victim, Map.of()));
        assertFalse(Visibility.isShown(survey, reported, Map.of()));
        assertEquals(List.of(crime, feelings), Visibility.shownSections(survey, Map.of()));
    }

    @Test
    void conditionsFollowAnswers() {
        Map<String, Answer> given = answers("victim", "yes", "reported", "yes");
        assertTrue(Visibility.isShown(survey, reported, given));
        assertFalse(Visibility.isShown(survey, why, given));
        assertTrue(Visibility.isShown(survey, followUp, given));
        assertEquals(List.of(crime, followUp, feelings), Visibility.shownSections(survey, given));
    }

    @Test
    void answersToHiddenQuestionsCountAsUnanswered() {
        // reported = no was answered, then victim changed to no: reported is hidden, so why_not is too
        Map<String, Answer> given = answers("victim", "no", "reported", "no", "why_not", "fear", "safe", "yes");
        assertFalse(Visibility.isShown(survey, reported, given));
        assertFalse(Visibility.isShown(survey, why, given));
        assertEquals(List.of("victim", "safe"), List.copyOf(Visibility.visibleAnswers(survey, given).keySet()));
        assertEquals(List.of(victim, safe), Visibility.shownQuestions(survey, given));
    }

    @Test
    void aHiddenSectionHidesItsQuestions() {
        Map<String, Answer> given = answers("victim", "yes", "reported", "no", "satisfied", "yes");
        assertFalse(Visibility.isShown(survey, followUp, given));
        assertFalse(Visibility.isShown(survey, followUp.questions().get(0), given));
        assertFalse(Visibility.visibleAnswers(survey, given).containsKey("satisfied"));
    }
}
