package uk.gov.safervoices.definitions.condition;

/**
 * One token of a condition.
 *
 * @param text  the token as written (quotes included for strings)
 * @param value the value it stands for (strings unquoted and unescaped; otherwise the text)
 * @param start 0-based offset of its first character
 * @param end   0-based offset just after its last character
 */
record Token(Kind kind, String text, String value, int start, int end) {

    enum Kind { WORD, INTEGER, STRING, LEFT_PAREN, RIGHT_PAREN, LEFT_SQUARE, RIGHT_SQUARE, COMMA, EQUALS, DOT, END }

    static final java.util.Set<String> KEYWORDS = java.util.Set.of("and", "or", "not", "in", "answered");

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    boolean isKeyword() {
        return kind == Kind.WORD && KEYWORDS.contains(text);
    }

    /** Position for messages: counted from 1. */
    int humanPosition() {
        return start + 1;
    }

    /** How the token reads in a message. */
    String describe() {
        return kind == Kind.END ? "the end of the condition" : "'" + text + "'";
    }
}
