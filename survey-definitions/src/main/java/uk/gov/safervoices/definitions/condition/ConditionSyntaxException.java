package uk.gov.safervoices.definitions.condition;

/**
 * A show-if condition that does not follow the grammar. {@link #offset()} is the 0-based position in the condition
 * text where the problem is (for a bracket or quote never closed: where it opens; for a condition that ends too
 * early: the length of the text). The message is a sentence a questionnaire author can act on; positions in it count
 * from 1 ("position 1" is the first character), as a person counts.
 */
public final class ConditionSyntaxException extends RuntimeException {

    private final int offset;
    private final String source;

    public ConditionSyntaxException(String message, int offset, String source) {
        super(message);
        this.offset = offset;
        this.source = source;
    }

    /** 0-based position in {@link #source()} where the problem is. */
    public int offset() {
        return offset;
    }

    /** The condition text that failed to parse. */
    public String source() {
        return source;
    }
}
