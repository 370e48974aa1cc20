package uk.gov.safervoices.definitions.condition;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.answers.Answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionEvaluatorTest {

    private static boolean eval(String condition, Map<String, Answer> answers) {
        return ConditionEvaluator.evaluate(ConditionParser.parse(condition), answers);
    }

    @Test
    void singleChoice() {
        Map<String, Answer> answers = Map.of("victim", new Answer.Single("yes", null));
        assertTrue(eval("victim = yes", answers));
        assertFalse(eval("victim = no", answers));
        assertTrue(eval("victim in [no, yes]", answers));
        assertTrue(eval("victim = 'yes'", answers));
    }

    @Test
    void multipleChoiceAndRankingIncludeTheValue() {
        Map<String, Answer> answers = Map.of(
                "seen", new Answer.Multiple(List.of("drugs", "litter"), null),
                "top", new Answer.Ranking(List.of("burglary", "asb"), null));
        assertTrue(eval("seen = litter", answers));
        assertFalse(eval("seen = noise", answers));
        assertTrue(eval("top = asb", answers));
        assertTrue(eval("top in [knife_crime, burglary]", answers));
    }

    @Test
    void gridItems() {
        Map<String, Answer> answers = Map.of("asb", new Answer.Grid(Map.of("drugs", "very_big")));
        assertTrue(eval("asb.drugs in [very_big, fairly_big]", answers));
        assertFalse(eval("asb.noise = very_big", answers));
        assertTrue(eval("answered(asb.drugs)", answers));
        assertFalse(eval("answered(asb.noise)", answers));
        assertTrue(eval("answered(asb)", answers));
        assertFalse(eval("asb = very_big", answers), "a grid compared without an item never matches");
    }

    @Test
    void numbersTextsDatesAreas() {
        Map<String, Answer> answers = Map.of(
                "age", new Answer.WholeNumber(34),
                "name", new Answer.Text("Abbey Road"),
                "when", new Answer.Date(LocalDate.of(2024, 2, 29)),
                "where", new Answer.Area("E05000001", "EX1 1AA"));
        assertTrue(eval("age = 34", answers));
        assertFalse(eval("age = 35", answers));
        assertFalse(eval("age = thirty", answers));
        assertTrue(eval("age in [16, 34]", answers));
        assertTrue(eval("name = 'Abbey Road'", answers));
        assertTrue(eval("when = '2024-02-29'", answers));
        assertTrue(eval("where = E05000001", answers));
        assertFalse(eval("where = E05000002", answers));
    }

    @Test
    void absentQuestionMakesComparisonsFalse() {
        Map<String, Answer> none = Map.of();
        assertFalse(eval("victim = yes", none));
        assertFalse(eval("victim in [yes, no]", none));
        assertTrue(eval("not victim = yes", none));
        assertFalse(eval("answered(victim)", none));
    }

    @Test
    void preferNotToSayCountsAsAnswered() {
        Map<String, Answer> answers = Map.of("age", new Answer.PreferNotToSay(),
                "sex", new Answer.Single("prefer_not_to_say", null));
        assertTrue(eval("answered(age)", answers));
        assertTrue(eval("age = prefer_not_to_say", answers));
        assertFalse(eval("age = 34", answers));
        assertTrue(eval("answered(sex) and sex = prefer_not_to_say", answers));
    }

    @Test
    void precedence() {
        // a = x or (b = y and not c = z)
        String condition = "a = x or b = y and not c = z";
        assertTrue(eval(condition, Map.of("a", new Answer.Single("x", null), "c", new Answer.Single("z", null))));
        assertTrue(eval(condition, Map.of("b", new Answer.Single("y", null))));
        assertFalse(eval(condition, Map.of("b", new Answer.Single("y", null), "c", new Answer.Single("z", null))));
        assertFalse(eval("(a = x or b = y) and not c = z",
                Map.of("a", new Answer.Single("x", null), "c", new Answer.Single("z", null))));
    }
}
