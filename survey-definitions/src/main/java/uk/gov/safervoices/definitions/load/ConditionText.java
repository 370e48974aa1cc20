package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.condition.ConditionParser;
import uk.gov.safervoices.definitions.condition.ConditionSyntaxException;

/** A show_if condition typed somewhere other than a file (an editor's form), read as the loader reads it. */
public final class ConditionText {

    private ConditionText() {
    }

    /**
     * The parsed condition, or null for blank text.
     *
     * @throws UnreadableCondition with the loader's SV021 message when the parser cannot read it
     */
    public static Condition parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ConditionParser.parse(text.strip());
        } catch (ConditionSyntaxException e) {
            throw new UnreadableCondition(ConditionReader.unreadable(text, e), e);
        }
    }

    /** A condition the parser cannot read; the message is the loader's (error code SV021). */
    public static final class UnreadableCondition extends IllegalArgumentException {
        public UnreadableCondition(String message, ConditionSyntaxException cause) {
            super(message, cause);
        }

        public ErrorCode code() {
            return ErrorCode.SV021;
        }
    }
}
