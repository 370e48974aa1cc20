package uk.gov.safervoices.admin.response;

import io.micronaut.core.annotation.Nullable;

/**
 * One line of an answer as the resident saw it: labels, never codes.
 *
 * @param label    what the line answers, when the question has parts: a grid item's label, "First choice"...;
 *                 null otherwise
 * @param value    the chosen option's label, the number, the date or the ward's name; null for a text answer
 * @param freeText the resident's own words (a text answer or "please say"), or null; staff may redact it
 * @param removed  the free text was redacted or purged (freeText then holds the marker)
 */
public record AnswerLine(@Nullable String label, @Nullable String value, @Nullable String freeText,
                         boolean removed) {

    static AnswerLine of(String label, String value) {
        return new AnswerLine(label, value, null, false);
    }

    static AnswerLine withText(String label, String value, String freeText) {
        return new AnswerLine(label, value, freeText, freeText != null && FreeText.removed(freeText));
    }
}
