package uk.gov.safervoices.definitions.condition;

import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.answers.AnswerFields;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The answers a question can take, as far as one condition can tell them apart: one representative answer per
 * distinguishable case (each value the condition names that the question can really take, "some other answer",
 * and unanswered, written as null). Used by {@link Satisfiability}.
 */
final class AnswerDomains {

    /** Beyond this many referenced choices of one multiple choice or ranking question, we do not enumerate. */
    private static final int MAX_ATOMS = 16;

    private final Condition condition;
    private final long cap;

    AnswerDomains(Condition condition, long cap) {
        this.condition = condition;
        this.cap = cap;
    }

    /** The representative answers, null meaning unanswered; empty when too many to enumerate. */
    Optional<List<Answer>> domain(String questionId, Optional<Question> maybeQuestion) {
        List<Answer> answers = new ArrayList<>();
        answers.add(null);
        if (maybeQuestion.isEmpty()) {
            return Optional.of(answers);
        }
        Question question = maybeQuestion.get();
        List<String> values = Conditions.values(condition, new Condition.Ref(questionId, null));
        boolean added = switch (question.type()) {
            case SINGLE_CHOICE, SCALE -> singles(question, values, answers);
            case MULTIPLE_CHOICE, RANKING -> several(question, values, answers);
            case GRID -> grid(questionId, question, answers);
            default -> scalars(question, values, answers);
        };
        if (!added) {
            return Optional.empty();
        }
        if (question.preferNotToSay() && !AnswerFields.preferNotToSayIsChoice(question)) {
            answers.add(new Answer.PreferNotToSay());
        }
        return Optional.of(answers);
    }

    private static List<String> choiceIds(Question question, boolean withPreferNotToSay) {
        List<String> ids = new ArrayList<>(question.choices().stream().map(Choice::id).toList());
        if (withPreferNotToSay && question.preferNotToSay() && !ids.contains(Choice.PREFER_NOT_TO_SAY)) {
            ids.add(Choice.PREFER_NOT_TO_SAY);
        }
        return ids;
    }

    private static boolean singles(Question question, List<String> values, List<Answer> answers) {
        List<String> ids = choiceIds(question, true);
        values.stream().filter(ids::contains).forEach(v -> answers.add(new Answer.Single(v, null)));
        ids.stream().filter(id -> !values.contains(id)).findFirst()
                .ifPresent(other -> answers.add(new Answer.Single(other, null)));
        return true;
    }

    private boolean several(Question question, List<String> values, List<Answer> answers) {
        boolean ranking = question.type() == QuestionType.RANKING;
        List<String> ids = choiceIds(question, !ranking);
        List<String> atoms = values.stream().filter(ids::contains).toList();
        if (atoms.size() > MAX_ATOMS) {
            return false;
        }
        Predicate<String> exclusive = id -> Choice.PREFER_NOT_TO_SAY.equals(id)
                || question.choice(id).map(Choice::exclusive).orElse(false);
        int most = ranking ? nonNull(question.rankCount(), ids.size())
                : nonNull(question.maxSelections(), ids.size());
        for (int mask = 1; mask < 1 << atoms.size(); mask++) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < atoms.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(atoms.get(i));
                }
            }
            if (chosen.size() > most || chosen.size() > 1 && chosen.stream().anyMatch(exclusive)) {
                continue;
            }
            answers.add(ranking ? new Answer.Ranking(chosen, null) : new Answer.Multiple(chosen, null));
        }
        ids.stream().filter(id -> !atoms.contains(id)).findFirst().ifPresent(other -> answers.add(
                ranking ? new Answer.Ranking(List.of(other), null) : new Answer.Multiple(List.of(other), null)));
        return true;
    }

    private boolean grid(String questionId, Question question, List<Answer> answers) {
        List<String> items = new ArrayList<>();
        List<List<String>> options = new ArrayList<>();
        List<String> ids = choiceIds(question, false);
        long size = 1;
        for (Condition.Ref ref : Conditions.references(condition)) {
            if (!ref.questionId().equals(questionId) || ref.itemId() == null || question.item(ref.itemId()).isEmpty()
                    || items.contains(ref.itemId())) {
                continue;
            }
            List<String> values = Conditions.values(condition, ref);
            List<String> itemOptions = new ArrayList<>();
            itemOptions.add(null);
            values.stream().filter(ids::contains).forEach(itemOptions::add);
            ids.stream().filter(id -> !values.contains(id)).findFirst().ifPresent(itemOptions::add);
            items.add(ref.itemId());
            options.add(itemOptions);
            size *= itemOptions.size();
            if (size > cap) {
                return false;
            }
        }
        int[] at = new int[items.size()];
        do {
            Map<String, String> byItem = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String choice = options.get(i).get(at[i]);
                if (choice != null) {
                    byItem.put(items.get(i), choice);
                }
            }
            if (!byItem.isEmpty()) {
                answers.add(new Answer.Grid(byItem));
            }
        } while (Odometer.advance(at, options.stream().mapToInt(List::size).toArray()));
        Optional<String> otherItem = question.items().stream().map(GridItem::id)
                .filter(id -> !items.contains(id)).findFirst();
        if (otherItem.isPresent() && !ids.isEmpty()) {
            answers.add(new Answer.Grid(Map.of(otherItem.get(), ids.get(0))));
        }
        return true;
    }

    private static boolean scalars(Question question, List<String> values, List<Answer> answers) {
        ScalarValues scalar = ScalarValues.forQuestion(question);
        for (String value : values) {
            scalar.answer(value).ifPresent(answers::add);
        }
        scalar.other(values).ifPresent(answers::add);
        return true;
    }

    private static int nonNull(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }
}
