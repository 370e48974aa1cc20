package uk.gov.safervoices.definitions.condition;

import java.util.List;

/**
 * A parsed show-if condition. The grammar (see survey-definitions/README.md) is parsed by {@link ConditionParser},
 * never evaluated as code. A reference names a question id, or {@code question.item} for a grid item.
 */
public sealed interface Condition {

    /** The source text the condition was parsed from. */
    String source();

    record Ref(String questionId, String itemId) {
        @Override
        public String toString() {
            return itemId == null ? questionId : questionId + "." + itemId;
        }
    }

    /** {@code ref = value}: a single answer equals the value, or a multiple/ranking answer includes it. */
    record Equals(String source, Ref ref, String value) implements Condition { }

    /** {@code ref in [a, b]}: the answer equals (or includes) any of the values. */
    record In(String source, Ref ref, List<String> values) implements Condition { }

    /** {@code answered(ref)}: the question (or grid item) has an answer. */
    record Answered(String source, Ref ref) implements Condition { }

    record Not(String source, Condition operand) implements Condition { }

    record And(String source, Condition left, Condition right) implements Condition { }

    record Or(String source, Condition left, Condition right) implements Condition { }
}
