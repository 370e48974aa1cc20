package uk.gov.safervoices.definitions.condition;

import uk.gov.safervoices.definitions.condition.Token.Kind;

import java.util.ArrayList;
import java.util.List;

/** Splits a condition into tokens; reports characters the grammar has no use for in words an author can act on. */
final class ConditionTokenizer {

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private ConditionTokenizer(String source) {
        this.source = source;
    }

    static List<Token> tokenize(String source) {
        ConditionTokenizer tokenizer = new ConditionTokenizer(source);
        tokenizer.run();
        return List.copyOf(tokenizer.tokens);
    }

    private void run() {
        while (true) {
            while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
                pos++;
            }
            if (pos >= source.length()) {
                tokens.add(new Token(Kind.END, "", "", source.length(), source.length()));
                return;
            }
            char c = source.charAt(pos);
            switch (c) {
                case '(' -> single(Kind.LEFT_PAREN);
                case ')' -> single(Kind.RIGHT_PAREN);
                case '[' -> single(Kind.LEFT_SQUARE);
                case ']' -> single(Kind.RIGHT_SQUARE);
                case ',' -> single(Kind.COMMA);
                case '.' -> single(Kind.DOT);
                case '=' -> equalsSign();
                case '\'', '"', '\u2018', '\u201C' -> quoted(c);
                default -> other(c);
            }
        }
    }

    private void single(Kind kind) {
        tokens.add(new Token(kind, source.substring(pos, pos + 1), source.substring(pos, pos + 1), pos, pos + 1));
        pos++;
    }

    private void equalsSign() {
        if (pos + 1 < source.length() && source.charAt(pos + 1) == '=') {
            throw error("Use a single '=' to compare, not '==' (position " + (pos + 1) + ")", pos);
        }
        single(Kind.EQUALS);
    }

    private void quoted(char open) {
        char close = switch (open) {
            case '\u2018' -> '\u2019';
            case '\u201C' -> '\u201D';
            default -> open;
        };
        int start = pos;
        StringBuilder value = new StringBuilder();
        int i = pos + 1;
        while (i < source.length() && source.charAt(i) != close) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                c = source.charAt(++i);
            }
            value.append(c);
            i++;
        }
        if (i >= source.length()) {
            throw error("Unclosed quote: the " + open + " at position " + (start + 1) + " has no closing " + close,
                    start);
        }
        pos = i + 1;
        tokens.add(new Token(Kind.STRING, source.substring(start, pos), value.toString(), start, pos));
    }

    private void other(char c) {
        if (isRunChar(c)) {
            word();
            return;
        }
        String at = " at position " + (pos + 1);
        String message = switch (c) {
            case '!' -> pos + 1 < source.length() && source.charAt(pos + 1) == '='
                    ? "Write 'not (question = answer)' instead of '!='" + at
                    : "Use the word 'not' instead of '!'" + at;
            case '&' -> "Use the word 'and' instead of '&'" + at;
            case '|' -> "Use the word 'or' instead of '|'" + at;
            case '<', '>' -> "Comparisons like '" + c + "' are not supported" + at
                    + "; list the answers instead, like age_band in [a, b]";
            default -> "Unexpected character '" + c + "'" + at
                    + ". Put answers that contain spaces or punctuation in quotes, like 'Other answer'";
        };
        throw error(message, pos);
    }

    private void word() {
        int start = pos;
        while (pos < source.length() && isRunChar(source.charAt(pos))) {
            pos++;
        }
        String text = source.substring(start, pos);
        if (text.matches("-?[0-9]+")) {
            tokens.add(new Token(Kind.INTEGER, text, text, start, pos));
        } else if (text.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            tokens.add(new Token(Kind.WORD, text, text, start, pos));
        } else {
            throw error("'" + text + "' at position " + (start + 1) + " is not an id or a whole number; "
                    + "ids start with a letter and use letters, digits and '_'. Put other values in quotes, like '"
                    + text + "'", start);
        }
    }

    private static boolean isRunChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private ConditionSyntaxException error(String message, int offset) {
        return new ConditionSyntaxException(message, offset, source);
    }
}
