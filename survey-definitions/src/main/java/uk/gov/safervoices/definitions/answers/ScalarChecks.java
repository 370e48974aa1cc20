package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.math.BigInteger;

/** Checks text and whole number answers. */
final class ScalarChecks {

    private static final long EXAMPLE_NUMBER = 34;

    private ScalarChecks() {
    }

    /** Short and long text: tidied (line breaks kept in long text), at most max_length characters. */
    static Outcome text(Question question, RawForm raw) {
        String id = question.id();
        boolean longText = question.type() == QuestionType.LONG_TEXT;
        String text = TextRules.clean(raw.rawText(id), longText);
        if (text == null) {
            return question.required() ? Outcome.error(id, id, "Enter an answer") : Outcome.none();
        }
        int maxLength = question.maxLength() != null ? question.maxLength() : longText ? 2000 : 200;
        if (TextRules.length(text) > maxLength) {
            return Outcome.error(id, id, TextRules.tooLong(maxLength));
        }
        return Outcome.of(new Answer.Text(text));
    }

    /** Whole number: digits only (a leading minus allowed), between min and max. */
    static Outcome wholeNumber(Question question, RawForm raw) {
        String id = question.id();
        String typed = raw.values(id).stream().findFirst().orElse(null);
        if (typed == null) {
            return question.required() ? Outcome.error(id, id, "Enter a number") : Outcome.none();
        }
        if (!typed.matches("-?[0-9]+")) {
            return Outcome.error(id, id, "Enter a whole number, like " + example(question));
        }
        BigInteger value = new BigInteger(typed);
        Long min = question.min();
        Long max = question.max();
        boolean tooLow = min != null && value.compareTo(BigInteger.valueOf(min)) < 0
                || value.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) < 0;
        boolean tooHigh = max != null && value.compareTo(BigInteger.valueOf(max)) > 0
                || value.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0;
        if (tooLow || tooHigh) {
            return Outcome.error(id, id, rangeMessage(min, max, tooLow));
        }
        return Outcome.of(new Answer.WholeNumber(value.longValueExact()));
    }

    private static String rangeMessage(Long min, Long max, boolean tooLow) {
        if (min != null && max != null) {
            return "Number must be between " + min + " and " + max;
        }
        if (min != null && tooLow) {
            return "Number must be " + min + " or more";
        }
        if (max != null && !tooLow) {
            return "Number must be " + max + " or less";
        }
        return tooLow ? "Enter a larger number" : "Enter a smaller number";
    }

    private static long example(Question question) {
        long example = EXAMPLE_NUMBER;
        if (question.min() != null && example < question.min()) {
            example = question.min();
        }
        if (question.max() != null && example > question.max()) {
            example = question.max();
        }
        return example;
    }
}
