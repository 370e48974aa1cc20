package uk.gov.safervoices.definitions.condition;

import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.model.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether some set of answers could make a condition true (or false), by trying every distinguishable combination
 * of answers to the questions it names: each choice or value it mentions that the question can take, "some other
 * answer" and unanswered; for multiple choice and ranking, each mentioned choice chosen or not (an exclusive choice
 * alone; at most max_selections / the rank count). A value that is not one of the question's choices, or out of its
 * range, never matches, so {@code q = nonexistent} cannot be true. A question the lookup does not know is always
 * unanswered. When there are more than {@link #DEFAULT_CAP} combinations, we cannot tell and say "satisfiable".
 */
public final class Satisfiability {

    public static final long DEFAULT_CAP = 100_000;

    private Satisfiability() {
    }

    /** False when no possible set of answers makes the condition true. */
    public static boolean isSatisfiable(Condition condition, Function<String, Optional<Question>> questions) {
        return isSatisfiable(condition, questions, DEFAULT_CAP);
    }

    /** True when every possible set of answers makes the condition true (so a show_if on it is pointless). */
    public static boolean isAlwaysTrue(Condition condition, Function<String, Optional<Question>> questions) {
        return !isSatisfiable(new Condition.Not("not (" + condition.source() + ")", condition), questions);
    }

    /** As {@link #isSatisfiable(Condition, Function)}, trying at most {@code cap} combinations. */
    public static boolean isSatisfiable(Condition condition, Function<String, Optional<Question>> questions,
                                        long cap) {
        AnswerDomains domains = new AnswerDomains(condition, cap);
        List<String> ids = Conditions.questionIds(condition);
        List<List<Answer>> options = new ArrayList<>();
        long size = 1;
        for (String id : ids) {
            Optional<List<Answer>> domain = domains.domain(id, questions.apply(id));
            if (domain.isEmpty()) {
                return true;
            }
            options.add(domain.get());
            size *= domain.get().size();
            if (size > cap) {
                return true;
            }
        }
        int[] sizes = options.stream().mapToInt(List::size).toArray();
        int[] at = new int[ids.size()];
        do {
            Map<String, Answer> answers = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                Answer answer = options.get(i).get(at[i]);
                if (answer != null) {
                    answers.put(ids.get(i), answer);
                }
            }
            if (ConditionEvaluator.evaluate(condition, answers)) {
                return true;
            }
        } while (Odometer.advance(at, sizes));
        return false;
    }
}
