package uk.gov.safervoices.definitions.condition;

import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.model.Choice;

import java.util.List;
import java.util.Map;

/**
 * Decides a condition against checked answers (question id to answer; a hidden or unanswered question is simply
 * absent). {@code q = x} is true when: a single choice or scale answer is x; a multiple choice or ranking answer
 * includes x; a whole number equals the integer x; an area answer's ward code is x; a text answer is x; a date is
 * the ISO date x; a "prefer not to say" answer when x is {@code prefer_not_to_say}. {@code q.item = x}: the grid item
 * was answered x. An absent question makes {@code =} and {@code in} false; {@code answered(q)} is true for any
 * answer, "prefer not to say" included. A grid compared without an item never matches.
 */
public final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    public static boolean evaluate(Condition condition, Map<String, Answer> answers) {
        if (condition instanceof Condition.Not not) {
            return !evaluate(not.operand(), answers);
        }
        if (condition instanceof Condition.And and) {
            return evaluate(and.left(), answers) && evaluate(and.right(), answers);
        }
        if (condition instanceof Condition.Or or) {
            return evaluate(or.left(), answers) || evaluate(or.right(), answers);
        }
        if (condition instanceof Condition.Answered answered) {
            return isAnswered(answered.ref(), answers);
        }
        if (condition instanceof Condition.Equals equals) {
            return matches(equals.ref(), List.of(equals.value()), answers);
        }
        Condition.In in = (Condition.In) condition;
        return matches(in.ref(), in.values(), answers);
    }

    private static boolean isAnswered(Condition.Ref ref, Map<String, Answer> answers) {
        Answer answer = answers.get(ref.questionId());
        if (answer == null) {
            return false;
        }
        if (ref.itemId() == null) {
            return true;
        }
        return answer instanceof Answer.Grid grid && grid.choicesByItem().containsKey(ref.itemId());
    }

    private static boolean matches(Condition.Ref ref, List<String> values, Map<String, Answer> answers) {
        Answer answer = answers.get(ref.questionId());
        if (answer == null) {
            return false;
        }
        if (ref.itemId() != null) {
            if (!(answer instanceof Answer.Grid grid)) {
                return false;
            }
            String choice = grid.choicesByItem().get(ref.itemId());
            return choice != null && values.contains(choice);
        }
        for (String value : values) {
            if (matches(answer, value)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one answer equals (or, for several choices, includes) one value of a condition. */
    public static boolean matches(Answer answer, String value) {
        if (answer instanceof Answer.Single single) {
            return single.choiceId().equals(value);
        }
        if (answer instanceof Answer.Multiple multiple) {
            return multiple.choiceIds().contains(value);
        }
        if (answer instanceof Answer.Ranking ranking) {
            return ranking.rankedChoiceIds().contains(value);
        }
        if (answer instanceof Answer.Text text) {
            return text.text().equals(value);
        }
        if (answer instanceof Answer.WholeNumber number) {
            return value.matches("-?[0-9]{1,18}") && Long.parseLong(value) == number.value();
        }
        if (answer instanceof Answer.Date date) {
            return date.value().toString().equals(value);
        }
        if (answer instanceof Answer.Area area) {
            return area.wardCode().equals(value);
        }
        if (answer instanceof Answer.PreferNotToSay) {
            return Choice.PREFER_NOT_TO_SAY.equals(value);
        }
        return false;
    }
}
