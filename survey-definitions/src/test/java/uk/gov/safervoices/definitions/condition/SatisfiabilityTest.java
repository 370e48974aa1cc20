package uk.gov.safervoices.definitions.condition;

import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.definitions.answers.TestQuestions.choice;
import static uk.gov.safervoices.definitions.answers.TestQuestions.exclusive;
import static uk.gov.safervoices.definitions.answers.TestQuestions.grid;
import static uk.gov.safervoices.definitions.answers.TestQuestions.multiple;
import static uk.gov.safervoices.definitions.answers.TestQuestions.question;
import static uk.gov.safervoices.definitions.answers.TestQuestions.ranking;
import static uk.gov.safervoices.definitions.answers.TestQuestions.single;

class SatisfiabilityTest {

    private static final Map<String, Question> QUESTIONS = List.of(
            single("victim", "yes", "no").preferNotToSay().build(),
            single("reported", "yes", "no").build(),
            multiple("seen", "drugs", "litter", "noise").choices(List.of(choice("drugs"), choice("litter"),
                    choice("noise"), exclusive("none", "None of these"))).maxSelections(2).build(),
            ranking("top", 2, "asb", "burglary", "drugs").build(),
            grid("asb", List.of("drugs", "noise"), List.of(choice("big"), choice("small"))).build(),
            question("age", QuestionType.WHOLE_NUMBER).min(16).max(120).preferNotToSay().build(),
            question("name", QuestionType.SHORT_TEXT).maxLength(5).build(),
            question("when", QuestionType.DATE).earliest(LocalDate.of(2024, 1, 1))
                    .latest(LocalDate.of(2024, 12, 31)).build(),
            question("where", QuestionType.AREA).lookup("example-borough").build()
    ).stream().collect(Collectors.toMap(Question::id, q -> q));

    private static final Function<String, Optional<Question>> LOOKUP = id -> Optional.ofNullable(QUESTIONS.get(id));

    private static boolean sat(String condition) {
        return Satisfiability.isSatisfiable(ConditionParser.parse(condition), LOOKUP);
    }

    @Test
    void simpleConditionsAreSatisfiable() {
        assertTrue(sat("victim = yes"));
        assertTrue(sat("victim = yes and reported = no"));
        assertTrue(sat("not answered(victim)"));
        assertTrue(sat("victim = prefer_not_to_say"));
    }

    @Test
    void contradictionsAreNot() {
        assertFalse(sat("victim = yes and victim = no"));
        assertFalse(sat("victim = yes and not answered(victim)"));
        assertFalse(sat("answered(seen) and not seen in [drugs, litter, noise, none]"), "every choice listed");
        assertFalse(sat("answered(victim) and not victim in [yes, no, prefer_not_to_say]"));
        assertFalse(sat("reported = yes and (reported = no or victim = maybe)"));
    }

    @Test
    void valuesThatAreNotChoicesNeverMatch() {
        assertFalse(sat("victim = nonexistent"));
        assertFalse(sat("victim in [maybe, perhaps]"));
        assertTrue(sat("not victim = nonexistent"));
        assertFalse(sat("reported = prefer_not_to_say"), "reported does not offer prefer not to say");
        assertFalse(sat("unknown_question = yes"));
        assertFalse(sat("answered(unknown_question)"));
    }

    @Test
    void multipleChoiceRespectsExclusiveAndMaxSelections() {
        assertTrue(sat("seen = drugs and seen = litter"));
        assertFalse(sat("seen = drugs and seen = litter and seen = noise"), "at most 2 selections");
        assertFalse(sat("seen = none and seen = drugs"), "None of these is chosen alone");
        assertTrue(sat("seen = none"));
        assertTrue(sat("answered(seen) and not seen in [drugs, litter]"));
    }

    @Test
    void preferNotToSayOnMultipleChoiceIsExclusive() {
        Function<String, Optional<Question>> lookup = id -> Optional.of(multiple(id, "a", "b").preferNotToSay().build());
        assertTrue(Satisfiability.isSatisfiable(ConditionParser.parse("q = prefer_not_to_say"), lookup));
        assertFalse(Satisfiability.isSatisfiable(ConditionParser.parse("q = prefer_not_to_say and q = a"), lookup));
    }

    @Test
    void rankingIsBoundedByRankCount() {
        assertTrue(sat("top = asb and top = burglary"));
        assertFalse(sat("top = asb and top = burglary and top = drugs"));
        assertFalse(sat("top = knife_crime"));
    }

    @Test
    void gridItems() {
        assertTrue(sat("asb.drugs = big and asb.noise = small"));
        assertFalse(sat("asb.drugs = big and asb.drugs = small"));
        assertFalse(sat("asb.drugs = huge"));
        assertFalse(sat("asb.unknown_item = big"));
        assertTrue(sat("answered(asb) and not answered(asb.drugs)"));
        assertFalse(sat("answered(asb.drugs) and not answered(asb)"));
        assertFalse(sat("asb = big"), "a grid compared without an item never matches");
    }

    @Test
    void wholeNumbersTextsDatesAreas() {
        assertTrue(sat("age = 34"));
        assertFalse(sat("age = 34 and age = 35"));
        assertFalse(sat("age = 12"), "below the minimum");
        assertFalse(sat("age = old"));
        assertTrue(sat("answered(age) and not age in [16, 17]"));
        assertTrue(sat("age = prefer_not_to_say"));
        assertTrue(sat("name = 'Bob'"));
        assertFalse(sat("name = 'Robert'"), "longer than max_length");
        assertTrue(sat("answered(name) and not name = 'Bob'"));
        assertTrue(sat("when = '2024-02-29'"));
        assertFalse(sat("when = '2023-02-01'"));
        assertFalse(sat("when = '2024-02-30'"));
        assertTrue(sat("where = E05000001 and not where = E05000002"));
        assertFalse(sat("where = E05000001 and where = E05000002"));
    }

    @Test
    void tooManyCombinationsMeansCannotTell() {
        String condition = IntStream.range(0, 20).mapToObj(i -> "victim = yes").collect(Collectors.joining(" and "))
                + " and victim = no";
        assertFalse(sat(condition), "one question: few combinations");
        Function<String, Optional<Question>> many = id -> Optional.of(single(id, "a", "b", "c").build());
        String wide = IntStream.range(0, 12).mapToObj(i -> "q" + i + " = a").collect(Collectors.joining(" and "))
                + " and q0 = b";
        assertTrue(Satisfiability.isSatisfiable(ConditionParser.parse(wide), many), "4^12 > cap: cannot tell");
        assertFalse(Satisfiability.isSatisfiable(ConditionParser.parse(wide), many, 100_000_000L));
    }

    @Test
    void alwaysTrue() {
        Function<String, Optional<Question>> lookup = LOOKUP;
        assertTrue(Satisfiability.isAlwaysTrue(ConditionParser.parse("victim = yes or not victim = yes"), lookup));
        assertFalse(Satisfiability.isAlwaysTrue(ConditionParser.parse("victim = yes"), lookup));
    }
}
