package uk.gov.safervoices.definitions.condition;

import uk.gov.safervoices.definitions.condition.Token.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a show-if condition (recursive descent; the text is never evaluated as code):
 * <pre>
 * expr    := or
 * or      := and ("or" and)*
 * and     := unary ("and" unary)*
 * unary   := "not" unary | primary
 * primary := "(" expr ")" | "answered" "(" ref ")" | ref "=" value | ref "in" "[" value ("," value)* "]"
 * ref     := question_id | question_id "." item_id
 * value   := identifier | integer | 'single quoted' | "double quoted"
 * </pre>
 * Keywords are lower case. Every node keeps the text it was parsed from (brackets around a whole node excluded).
 */
public final class ConditionParser {

    /** A parsed node and the span of source it came from (including any brackets around it). */
    private record Parsed(Condition node, int start, int end) { }

    private final String source;
    private final List<Token> tokens;
    private final ParseErrors errors;
    private int index;

    private ConditionParser(String source) {
        this.source = source;
        this.tokens = ConditionTokenizer.tokenize(source);
        this.errors = new ParseErrors(source);
    }

    /**
     * Parses a condition.
     *
     * @throws ConditionSyntaxException when the text does not follow the grammar
     */
    public static Condition parse(String source) {
        if (source == null || source.isBlank()) {
            throw new ConditionSyntaxException("The condition is empty; write one like victim = yes", 0,
                    source == null ? "" : source);
        }
        ConditionParser parser = new ConditionParser(source);
        Parsed parsed = parser.parseOr();
        Token next = parser.peek();
        if (!next.is(Kind.END)) {
            throw parser.errors.afterCondition(next, false);
        }
        return parsed.node();
    }

    private Parsed parseOr() {
        Parsed left = parseAnd();
        while (peek().isWord("or")) {
            next();
            Parsed right = parseAnd();
            left = new Parsed(new Condition.Or(text(left.start(), right.end()), left.node(), right.node()),
                    left.start(), right.end());
        }
        return left;
    }

    private Parsed parseAnd() {
        Parsed left = parseUnary();
        while (peek().isWord("and")) {
            next();
            Parsed right = parseUnary();
            left = new Parsed(new Condition.And(text(left.start(), right.end()), left.node(), right.node()),
                    left.start(), right.end());
        }
        return left;
    }

    private Parsed parseUnary() {
        if (peek().isWord("not")) {
            Token not = next();
            Parsed operand = parseUnary();
            return new Parsed(new Condition.Not(text(not.start(), operand.end()), operand.node()),
                    not.start(), operand.end());
        }
        return parsePrimary();
    }

    private Parsed parsePrimary() {
        Token first = peek();
        if (first.is(Kind.LEFT_PAREN)) {
            next();
            Parsed inner = parseOr();
            Token close = peek();
            if (close.is(Kind.END)) {
                throw errors.unclosed(first, ')');
            }
            if (!close.is(Kind.RIGHT_PAREN)) {
                throw errors.afterCondition(close, true);
            }
            next();
            return new Parsed(inner.node(), first.start(), close.end());
        }
        if (first.isWord("answered")) {
            return parseAnswered();
        }
        if (!first.is(Kind.WORD) || first.isKeyword()) {
            throw errors.expectedQuestion(first, previous());
        }
        Condition.Ref ref = parseRef();
        Token operator = peek();
        if (operator.is(Kind.EQUALS)) {
            next();
            Token value = parseValue(operator);
            return node(first, value.end(), s -> new Condition.Equals(s, ref, value.value()));
        }
        if (operator.isWord("in")) {
            next();
            return parseList(first, ref);
        }
        throw errors.expectedOperator(first, ref, operator);
    }

    private Parsed parseAnswered() {
        Token answered = next();
        Token open = peek();
        if (!open.is(Kind.LEFT_PAREN)) {
            throw errors.at(open, "Expected '(' after 'answered' at position " + open.humanPosition()
                    + ", like answered(question_id)");
        }
        next();
        Token first = peek();
        if (!first.is(Kind.WORD) || first.isKeyword()) {
            throw errors.expectedQuestion(first, open);
        }
        Condition.Ref ref = parseRef();
        Token close = peek();
        if (close.is(Kind.END)) {
            throw errors.unclosed(open, ')');
        }
        if (!close.is(Kind.RIGHT_PAREN)) {
            throw errors.at(close, "Expected ')' after '" + ref + "' at position " + close.humanPosition()
                    + ", like answered(question_id)");
        }
        next();
        return node(answered, close.end(), s -> new Condition.Answered(s, ref));
    }

    private Condition.Ref parseRef() {
        Token question = next();
        if (!peek().is(Kind.DOT)) {
            return new Condition.Ref(question.text(), null);
        }
        Token dot = next();
        Token item = peek();
        if (!item.is(Kind.WORD) || item.isKeyword()) {
            throw errors.at(item, "Expected a grid item id after '" + question.text() + ".' at position "
                    + item.humanPosition() + ", like " + question.text() + ".item_id");
        }
        if (item.start() != dot.end() || dot.start() != question.end()) {
            throw errors.at(dot, "Write a grid item without spaces, like " + question.text() + "." + item.text());
        }
        next();
        return new Condition.Ref(question.text(), item.text());
    }

    private Parsed parseList(Token first, Condition.Ref ref) {
        Token open = peek();
        if (!open.is(Kind.LEFT_SQUARE)) {
            throw errors.at(open, "Expected '[' after 'in' at position " + open.humanPosition()
                    + ", like " + ref + " in [first_answer, second_answer]");
        }
        next();
        List<String> values = new ArrayList<>();
        values.add(parseValue(open).value());
        while (true) {
            Token separator = peek();
            if (separator.is(Kind.RIGHT_SQUARE)) {
                next();
                return node(first, separator.end(), s -> new Condition.In(s, ref, List.copyOf(values)));
            }
            if (separator.is(Kind.END)) {
                throw errors.unclosed(open, ']');
            }
            if (!separator.is(Kind.COMMA)) {
                throw errors.at(separator, "Expected ',' or ']' after '" + previous().text() + "' at position "
                        + separator.humanPosition() + "; separate answers with commas, like [a, b]");
            }
            next();
            values.add(parseValue(separator).value());
        }
    }

    private Token parseValue(Token after) {
        Token value = peek();
        if (value.is(Kind.WORD) && !value.isKeyword() || value.is(Kind.INTEGER) || value.is(Kind.STRING)) {
            next();
            return value;
        }
        throw errors.expectedValue(after, value);
    }

    private Parsed node(Token first, int end, java.util.function.Function<String, Condition> make) {
        return new Parsed(make.apply(text(first.start(), end)), first.start(), end);
    }

    private String text(int start, int end) {
        return source.substring(start, end);
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token previous() {
        return index == 0 ? null : tokens.get(index - 1);
    }

    private Token next() {
        Token token = tokens.get(index);
        if (!token.is(Kind.END)) {
            index++;
        }
        return token;
    }
}
