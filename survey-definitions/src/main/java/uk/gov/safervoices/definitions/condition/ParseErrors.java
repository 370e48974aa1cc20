package uk.gov.safervoices.definitions.condition;

import uk.gov.safervoices.definitions.condition.Token.Kind;

import uk.gov.safervoices.definitions.text.EditDistance;

import java.util.Locale;
import java.util.Optional;

/** Builds the parser's error messages: plain sentences with a position and, where it helps, a suggestion. */
final class ParseErrors {

    private static final String[] KEYWORDS = {"and", "or", "not", "in", "answered"};

    private final String source;

    ParseErrors(String source) {
        this.source = source;
    }

    ConditionSyntaxException at(Token token, String message) {
        return new ConditionSyntaxException(message, token.start(), source);
    }

    ConditionSyntaxException unclosed(Token open, char close) {
        return at(open, "Unclosed bracket: the '" + open.text() + "' at position " + open.humanPosition()
                + " has no matching '" + close + "'");
    }

    /** A token after a complete condition that is not 'and', 'or', a closing bracket (when inside one) or the end. */
    ConditionSyntaxException afterCondition(Token token, boolean insideBrackets) {
        if (token.is(Kind.WORD)) {
            Optional<String> keyword = suggestKeyword(token.text());
            if (keyword.isPresent()) {
                return unknownWord(token, keyword.get());
            }
            return at(token, "Expected 'and' or 'or' before '" + token.text() + "' at position "
                    + token.humanPosition());
        }
        if (token.is(Kind.RIGHT_PAREN)) {
            return at(token, "Unexpected ')' at position " + token.humanPosition() + ": there is no '(' to close");
        }
        return at(token, "Unexpected " + token.describe() + " at position " + token.humanPosition()
                + ": expected 'and', 'or'" + (insideBrackets ? " or ')'" : " or the end of the condition"));
    }

    ConditionSyntaxException expectedQuestion(Token token, Token previous) {
        String after = previous == null ? "" : " after '" + previous.text() + "'";
        if (token.is(Kind.END)) {
            return at(token, "The condition ends too early: expected a question id" + after + " at position "
                    + token.humanPosition());
        }
        if (token.is(Kind.WORD)) {
            return at(token, "Expected a question id" + after + " at position " + token.humanPosition()
                    + ", found the word '" + token.text() + "'");
        }
        if (token.is(Kind.RIGHT_PAREN) && previous != null && previous.is(Kind.LEFT_PAREN)) {
            return at(token, "Empty brackets at position " + previous.humanPosition()
                    + ": put a condition inside them, like (victim = yes)");
        }
        return at(token, "Expected a question id" + after + " at position " + token.humanPosition() + ", found "
                + token.describe() + ". A condition starts with a question id, like victim = yes");
    }

    /** A question reference not followed by '=' or 'in'. */
    ConditionSyntaxException expectedOperator(Token first, Condition.Ref ref, Token operator) {
        if (ref.itemId() == null && (operator.is(Kind.WORD) || operator.is(Kind.LEFT_PAREN))) {
            Optional<String> keyword = suggestKeyword(first.text());
            if (keyword.isPresent()) {
                return unknownWord(first, keyword.get());
            }
        }
        if (operator.is(Kind.WORD)) {
            Optional<String> keyword = suggestKeyword(operator.text());
            if (keyword.isPresent()) {
                return unknownWord(operator, keyword.get());
            }
        }
        String found = operator.is(Kind.END) ? ", but the condition ends there" : ", found " + operator.describe();
        return at(operator, "Expected '=' or 'in' after '" + ref + "' at position " + operator.humanPosition()
                + found);
    }

    ConditionSyntaxException expectedValue(Token after, Token value) {
        String base = "Expected a value after '" + after.text() + "' at position " + value.humanPosition();
        if (value.is(Kind.END)) {
            return at(value, base + ", but the condition ends there");
        }
        if (value.isKeyword()) {
            return at(value, base + ", found the word '" + value.text() + "'. If it is an answer id, put it in "
                    + "quotes: '" + value.text() + "'");
        }
        return at(value, base + ", found " + value.describe());
    }

    private ConditionSyntaxException unknownWord(Token token, String keyword) {
        return at(token, "Unknown word '" + token.text() + "' at position " + token.humanPosition()
                + " \u2014 did you mean '" + keyword + "'?");
    }

    /** The keyword a word was probably meant to be: the same in other case, or one or two letters off. */
    static Optional<String> suggestKeyword(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String keyword : KEYWORDS) {
            if (keyword.equals(lower) && !keyword.equals(word)) {
                return Optional.of(keyword);
            }
        }
        for (String keyword : KEYWORDS) {
            int allowed = keyword.length() <= 3 ? 1 : 2;
            if (!keyword.equals(lower) && lower.length() > 1 && EditDistance.between(lower, keyword) <= allowed) {
                return Optional.of(keyword);
            }
        }
        return Optional.empty();
    }
}
