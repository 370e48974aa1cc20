package uk.gov.safervoices.definitions.condition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionParserTest {

    private static Condition.Ref ref(String q) {
        return new Condition.Ref(q, null);
    }

    @Test
    void parsesEquals() {
        Condition c = ConditionParser.parse("victim = yes");
        assertEquals(new Condition.Equals("victim = yes", ref("victim"), "yes"), c);
    }

    @Test
    void parsesGridItemAndIn() {
        Condition c = ConditionParser.parse("asb_problems.drugs in [very_big, fairly_big]");
        assertEquals(new Condition.In("asb_problems.drugs in [very_big, fairly_big]",
                new Condition.Ref("asb_problems", "drugs"), List.of("very_big", "fairly_big")), c);
    }

    @Test
    void parsesAnswered() {
        assertEquals(new Condition.Answered("answered(top_concerns)", ref("top_concerns")),
                ConditionParser.parse("answered(top_concerns)"));
        assertEquals(new Condition.Answered("answered ( grid.item )", new Condition.Ref("grid", "item")),
                ConditionParser.parse("  answered ( grid.item )  "));
    }

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() {
        Condition c = ConditionParser.parse("a = x or b = y and not c = z");
        Condition.Or or = assertInstanceOf(Condition.Or.class, c);
        assertEquals("a = x", or.left().source());
        Condition.And and = assertInstanceOf(Condition.And.class, or.right());
        assertEquals("b = y and not c = z", and.source());
        Condition.Not not = assertInstanceOf(Condition.Not.class, and.right());
        assertEquals("not c = z", not.source());
        assertEquals("c = z", not.operand().source());
    }

    @Test
    void andAndOrAreLeftAssociative() {
        Condition.And and = assertInstanceOf(Condition.And.class, ConditionParser.parse("a = 1 and b = 2 and c = 3"));
        assertEquals("a = 1 and b = 2", and.left().source());
        assertEquals("c = 3", and.right().source());
    }

    @Test
    void bracketsGroupAndKeepSources() {
        Condition c = ConditionParser.parse("reported = no and not (victim = prefer_not_to_say)");
        Condition.And and = assertInstanceOf(Condition.And.class, c);
        Condition.Not not = assertInstanceOf(Condition.Not.class, and.right());
        assertEquals("not (victim = prefer_not_to_say)", not.source());
        assertEquals("victim = prefer_not_to_say", not.operand().source());

        Condition.And grouped = assertInstanceOf(Condition.And.class,
                ConditionParser.parse("(a = x or b = y) and c = z"));
        assertEquals("(a = x or b = y) and c = z", grouped.source());
        assertEquals("a = x or b = y", grouped.left().source());
    }

    @Test
    void notNests() {
        Condition.Not not = assertInstanceOf(Condition.Not.class, ConditionParser.parse("not not a = b"));
        assertInstanceOf(Condition.Not.class, not.operand());
    }

    @Test
    void valuesMayBeQuotedOrIntegers() {
        Condition.In in = assertInstanceOf(Condition.In.class,
                ConditionParser.parse("band in ['16-24', \"25 to 34\", 35, -1, \u2018curly\u2019, 'it\\'s', 'and']"));
        assertEquals(List.of("16-24", "25 to 34", "35", "-1", "curly", "it's", "and"), in.values());
    }

    @Test
    void whitespaceIsOptionalAroundSymbols() {
        Condition.In in = assertInstanceOf(Condition.In.class, ConditionParser.parse("q in[a,b]"));
        assertEquals(List.of("a", "b"), in.values());
        assertEquals("q=1", ConditionParser.parse("q=1").source());
        assertEquals("q =\n x", ConditionParser.parse("q =\n x").source());
    }

    @Test
    void keywordsAreCaseSensitive() {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class,
                () -> ConditionParser.parse("a = x AND b = y"));
        assertEquals("Unknown word 'AND' at position 7 \u2014 did you mean 'and'?", e.getMessage());
        assertEquals(6, e.offset());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " » ", quoteCharacter = '`', value = {
        "victim = » 8 » Expected a value after '=' at position 9, but the condition ends there",
        "victim = and b = c » 9 » Expected a value after '=' at position 10, found the word 'and'. If it is an answer id, put it in quotes: 'and'",
        "victim = yes adn b = c » 13 » Unknown word 'adn' at position 14 \u2014 did you mean 'and'?",
        "victim = yes ro b = c » 13 » Unknown word 'ro' at position 14 \u2014 did you mean 'or'?",
        "nto victim = yes » 0 » Unknown word 'nto' at position 1 \u2014 did you mean 'not'?",
        "answerd(victim) » 0 » Unknown word 'answerd' at position 1 \u2014 did you mean 'answered'?",
        "victim IN [a] » 7 » Unknown word 'IN' at position 8 \u2014 did you mean 'in'?",
        "(victim = yes » 0 » Unclosed bracket: the '(' at position 1 has no matching ')'",
        "a = x and (b = y or (c = z) » 10 » Unclosed bracket: the '(' at position 11 has no matching ')'",
        "victim in [a, b » 10 » Unclosed bracket: the '[' at position 11 has no matching ']'",
        "answered(victim » 8 » Unclosed bracket: the '(' at position 9 has no matching ')'",
        "victim = yes) » 12 » Unexpected ')' at position 13: there is no '(' to close",
        "victim = 'yes » 9 » Unclosed quote: the ' at position 10 has no closing '",
        "victim == yes » 7 » Use a single '=' to compare, not '==' (position 8)",
        "victim != yes » 7 » Write 'not (question = answer)' instead of '!=' at position 8",
        "victim = yes && b = c » 13 » Use the word 'and' instead of '&' at position 14",
        "victim = yes || b = c » 13 » Use the word 'or' instead of '|' at position 14",
        "age > 16 » 4 » Comparisons like '>' are not supported at position 5; list the answers instead, like age_band in [a, b]",
        "victim yes » 7 » Expected '=' or 'in' after 'victim' at position 8, found 'yes'",
        "victim » 6 » Expected '=' or 'in' after 'victim' at position 7, but the condition ends there",
        "victim = yes reported = no » 13 » Expected 'and' or 'or' before 'reported' at position 14",
        "victim = yes and » 16 » The condition ends too early: expected a question id after 'and' at position 17",
        "= yes » 0 » Expected a question id at position 1, found '='. A condition starts with a question id, like victim = yes",
        "() » 1 » Empty brackets at position 1: put a condition inside them, like (victim = yes)",
        "victim in a » 10 » Expected '[' after 'in' at position 11, like victim in [first_answer, second_answer]",
        "victim in [a b] » 13 » Expected ',' or ']' after 'a' at position 14; separate answers with commas, like [a, b]",
        "victim in [] » 11 » Expected a value after '[' at position 12, found ']'",
        "band = 16-24 » 7 » '16-24' at position 8 is not an id or a whole number; ids start with a letter and use letters, digits and '_'. Put other values in quotes, like '16-24'",
        "grid. = x » 6 » Expected a grid item id after 'grid.' at position 7, like grid.item_id",
        "grid. item = x » 4 » Write a grid item without spaces, like grid.item",
        "answered victim » 9 » Expected '(' after 'answered' at position 10, like answered(question_id)",
        "answered(victim = yes) » 16 » Expected ')' after 'victim' at position 17, like answered(question_id)",
        "victim = yes and or b = c » 17 » Expected a question id after 'and' at position 18, found the word 'or'",
        "victim = yes; b = c » 12 » Unexpected character ';' at position 13. Put answers that contain spaces or punctuation in quotes, like 'Other answer'",
        "(a = b c = d) » 7 » Expected 'and' or 'or' before 'c' at position 8",
        "(a = b, c = d) » 6 » Unexpected ',' at position 7: expected 'and', 'or' or ')'",
    })
    void reportsSyntaxErrorsWithOffsetAndMessage(String source, int offset, String message) {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse(source));
        assertEquals(message, e.getMessage());
        assertEquals(offset, e.offset());
        assertEquals(source, e.source());
    }

    @Test
    void emptyConditionIsAnError() {
        for (String source : new String[] {"", "   ", null}) {
            ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class,
                    () -> ConditionParser.parse(source));
            assertEquals(0, e.offset());
            assertTrue(e.getMessage().startsWith("The condition is empty"));
        }
    }

    @Test
    void suggestsKeywordsOnlyForNearMisses() {
        assertEquals("and", ParseErrors.suggestKeyword("adn").orElseThrow());
        assertEquals("answered", ParseErrors.suggestKeyword("ANSWERED").orElseThrow());
        assertTrue(ParseErrors.suggestKeyword("reported").isEmpty());
        assertTrue(ParseErrors.suggestKeyword("and").isEmpty());
    }

    @Test
    void neverEvaluatesCode() {
        assertThrows(ConditionSyntaxException.class,
                () -> ConditionParser.parse("java.lang.System.exit(1)"));
        assertThrows(ConditionSyntaxException.class, () -> ConditionParser.parse("${jndi:ldap://x}"));
    }
}
