package uk.gov.safervoices.definitions.answers;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.CHECKER;
import static uk.gov.safervoices.definitions.answers.AnswerCheckerTestSupport.form;
import static uk.gov.safervoices.definitions.answers.TestQuestions.choice;
import static uk.gov.safervoices.definitions.answers.TestQuestions.dontKnow;
import static uk.gov.safervoices.definitions.answers.TestQuestions.exclusive;
import static uk.gov.safervoices.definitions.answers.TestQuestions.multiple;
import static uk.gov.safervoices.definitions.answers.TestQuestions.question;
import static uk.gov.safervoices.definitions.answers.TestQuestions.scored;
import static uk.gov.safervoices.definitions.answers.TestQuestions.single;
import static uk.gov.safervoices.definitions.answers.TestQuestions.specify;

class ChoiceAnswersTest {

    private static CheckResult check(Question question, Map<String, List<String>> raw) {
        return CHECKER.checkQuestion(question, raw);
    }

    private static void assertError(CheckResult result, String fieldKey, String message) {
        assertEquals(List.of(new AnswerError(fieldKey.split("\\.")[0], fieldKey, message)), result.errors());
        assertTrue(result.answers().isEmpty());
    }

    @Test
    void singleChoice() {
        Question victim = single("victim", "yes", "no").required().build();
        assertEquals(Map.of("victim", new Answer.Single("yes", null)),
                check(victim, form("victim", " yes ")).answers());
        assertError(check(victim, form()), "victim", "Select an option");
        assertError(check(victim, form("victim", "  ")), "victim", "Select an option");
        assertError(check(victim, form("victim", "yes", "victim", "no")), "victim", "Select one option");
        assertError(check(victim, form("victim", "maybe")), "victim", "Select an option from the list");
        assertError(check(victim, form("victim", "prefer_not_to_say")), "victim", "Select an option from the list");
        assertTrue(check(single("optional", "a").build(), form()).valid());
    }

    @Test
    void preferNotToSayIsAChoiceWhenOffered() {
        Question sex = single("sex", "female", "male").preferNotToSay().build();
        assertEquals(new Answer.Single("prefer_not_to_say", null),
                check(sex, form("sex", "prefer_not_to_say")).answers().get("sex"));
    }

    @Test
    void scaleUsesItsPoints() {
        Question safe = question("safe", QuestionType.SCALE)
                .choices(List.of(scored("very_safe", 4), scored("very_unsafe", 1), dontKnow("dont_know"))).build();
        assertEquals(new Answer.Single("dont_know", null), check(safe, form("safe", "dont_know")).answers().get("safe"));
        assertError(check(safe, form("safe", "4")), "safe", "Select an option from the list");
    }

    @Test
    void specifyTextIsKeptOnlyWithItsChoice() {
        Question how = single("how", "phone", "other").choices(List.of(choice("phone"), specify("other"))).build();
        assertEquals(new Answer.Single("other", "By  pigeon"),
                check(how, form("how", "other", "how.specify", "  By\t pigeon ")).answers().get("how"),
                "a tab becomes a space");
        assertEquals(new Answer.Single("other", "By pigeon"),
                check(how, form("how", "other", "how.specify", " By pigeon\u0007 ")).answers().get("how"));
        assertEquals(new Answer.Single("phone", null),
                check(how, form("how", "phone", "how.specify", "ignored")).answers().get("how"));
        assertEquals(new Answer.Single("other", null), check(how, form("how", "other", "how.specify", " "))
                .answers().get("how"));
        assertError(check(how, form("how", "other", "how.specify", "x".repeat(201))), "how.specify",
                "Answer must be 200 characters or less");
        assertTrue(check(how, form("how", "other", "how.specify", "\uD83D\uDE00".repeat(200))).valid(),
                "counts characters, not UTF-16 units");
    }

    @Test
    void multipleChoice() {
        Question seen = multiple("seen").choices(List.of(choice("drugs"), choice("litter"), choice("noise"),
                choice("graffiti"), exclusive("none", "None of these"))).maxSelections(3).required().build();
        assertEquals(new Answer.Multiple(List.of("drugs", "noise"), null),
                check(seen, form("seen", "noise", "seen", "drugs", "seen", "noise")).answers().get("seen"),
                "in the question's order, duplicates dropped");
        assertEquals(new Answer.Multiple(List.of("none"), null), check(seen, form("seen", "none")).answers().get("seen"));
        assertError(check(seen, form()), "seen", "Select at least one option");
        assertError(check(seen, form("seen", "drugs", "seen", "none")), "seen",
                "You cannot select \u2018None of these\u2019 and another option");
        assertError(check(seen, form("seen", "drugs", "seen", "litter", "seen", "noise", "seen", "graffiti")),
                "seen", "Select no more than 3 options");
        assertError(check(seen, form("seen", "drugs", "seen", "fish")), "seen", "Select options from the list");
        Question one = multiple("one", "a", "b").maxSelections(1).build();
        assertError(check(one, form("one", "a", "one", "b")), "one", "Select no more than 1 option");
    }

    @Test
    void multipleChoicePreferNotToSayIsExclusive() {
        Question seen = multiple("seen", "drugs", "litter").preferNotToSay().build();
        assertEquals(new Answer.Multiple(List.of("prefer_not_to_say"), null),
                check(seen, form("seen", "prefer_not_to_say")).answers().get("seen"));
        assertError(check(seen, form("seen", "prefer_not_to_say", "seen", "drugs")), "seen",
                "You cannot select \u2018Prefer not to say\u2019 and another option");
    }

    @Test
    void multipleChoiceSpecify() {
        Question seen = multiple("seen").choices(List.of(choice("drugs"), specify("other"))).build();
        assertEquals(new Answer.Multiple(List.of("drugs", "other"), "Dogs"),
                check(seen, form("seen", "other", "seen", "drugs", "seen.specify", "Dogs")).answers().get("seen"));
        assertEquals(new Answer.Multiple(List.of("drugs"), null),
                check(seen, form("seen", "drugs", "seen.specify", "Dogs")).answers().get("seen"));
    }
}
