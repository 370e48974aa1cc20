package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.condition.Conditions;
import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Ward;

import java.util.List;
import java.util.Map;

/** Checks what one comparison of a condition names: the question, its grid item, the answers compared with. */
final class ConditionReferences {

    private final LoadContext context;
    private final Map<String, ConditionValidator.Located> index;
    private final Condition condition;
    private final ConditionValidator.Subject subject;
    private final Position position;

    ConditionReferences(LoadContext context, Map<String, ConditionValidator.Located> index, Condition condition,
                        ConditionValidator.Subject subject) {
        this.context = context;
        this.index = index;
        this.condition = condition;
        this.subject = subject;
        this.position = context.positionOf(condition);
    }

    boolean check(Condition comparison) {
        Condition.Ref ref = Conditions.ref(comparison);
        if (context.isUnreadableQuestion(ref.questionId())) {
            return false;
        }
        ConditionValidator.Located target = index.get(ref.questionId());
        if (target == null) {
            List<String> earlier = index.entrySet().stream()
                    .filter(e -> e.getValue().order() < subject.order()
                            || subject.isSection() && e.getValue().section() < subject.section())
                    .map(Map.Entry::getKey).toList();
            return report(ErrorCode.SV022, "There is no question \"" + ref.questionId() + "\"."
                    + Suggestions.didYouMean(ref.questionId(), earlier.isEmpty() ? index.keySet() : earlier)
                    + " A condition names the id of an earlier question.");
        }
        if (!order(ref, target)) {
            return false;
        }
        Question question = target.question();
        if (ref.itemId() != null) {
            if (question.type() != QuestionType.GRID) {
                return report(ErrorCode.SV022, "Question \"" + question.id() + "\" is not a grid, so \"" + ref
                        + "\" names nothing. Write " + question.id() + " = answer.");
            }
            List<String> items = question.items().stream().map(GridItem::id).toList();
            if (!items.contains(ref.itemId())) {
                return report(ErrorCode.SV022, "Grid \"" + question.id() + "\" has no item \"" + ref.itemId()
                        + "\"." + Suggestions.didYouMean(ref.itemId(), items) + " Its items are: "
                        + String.join(", ", items) + ".");
            }
        } else if (question.type() == QuestionType.GRID && !(comparison instanceof Condition.Answered)) {
            return report(ErrorCode.SV022, "Question \"" + question.id() + "\" is a grid: name one of its items, "
                    + "like " + question.id() + "." + (question.items().isEmpty() ? "item"
                    : question.items().get(0).id()) + " = answer.");
        }
        boolean usable = true;
        for (String value : Conditions.values(comparison, ref)) {
            usable &= value(question, ref, value);
        }
        return usable;
    }

    private boolean order(Condition.Ref ref, ConditionValidator.Located target) {
        String name = "\"" + ref.questionId() + "\"";
        if (subject.isSection() && target.section() == subject.section()) {
            return report(ErrorCode.SV026, "Section \"" + subject.id() + "\" is shown only when question " + name
                    + " is answered in a certain way, but that question is on this same page. Move " + name
                    + " to an earlier section, or put the condition on the questions after it.");
        }
        if (!subject.isSection() && target.order() == subject.order()) {
            return report(ErrorCode.SV026, "Question \"" + subject.id() + "\" is shown only depending on its own "
                    + "answer, which it cannot have before it is shown. Name an earlier question instead.");
        }
        if (subject.isSection() ? target.section() > subject.section() : target.order() > subject.order()) {
            return report(ErrorCode.SV024, "Question " + name + " comes after " + subject.kind() + " \""
                    + subject.id() + "\", so it has not been answered when this condition is checked. Refer to "
                    + "an earlier question, or move " + name + " before it.");
        }
        return true;
    }

    private boolean value(Question question, Condition.Ref ref, String value) {
        String name = "\"" + ref + "\"";
        if (question.preferNotToSay() && ref.itemId() == null && Choice.PREFER_NOT_TO_SAY.equals(value)) {
            return true;
        }
        List<String> allowed;
        switch (question.type()) {
            case SHORT_TEXT, LONG_TEXT, DATE -> {
                return report(ErrorCode.SV023, "Question " + name + " is a " + question.type().yamlName()
                        + " question, so a condition can only ask whether it was answered: answered("
                        + question.id() + ").");
            }
            case WHOLE_NUMBER -> {
                if (Values.wholeNumber(value).isPresent()) {
                    return true;
                }
                return report(ErrorCode.SV023, "Question " + name + " takes a whole number, so \"" + value
                        + "\" can never be its answer. Compare it with a number, like " + question.id() + " = 3.");
            }
            case AREA -> allowed = context.library().lookup(question.lookup()).map(AreaLookup::wards)
                    .map(wards -> wards.stream().map(Ward::code).toList()).orElse(null);
            default -> allowed = question.choices().stream().map(Choice::id).toList();
        }
        if (allowed == null || allowed.contains(value)) {
            return true;
        }
        return report(ErrorCode.SV023, "\"" + value + "\" is not an answer of question " + name + "."
                + Suggestions.didYouMean(value, allowed) + " Its answers are: " + abbreviate(allowed) + ".");
    }

    private static String abbreviate(List<String> values) {
        return values.size() <= 12 ? String.join(", ", values)
                : String.join(", ", values.subList(0, 12)) + " and " + (values.size() - 12) + " more";
    }

    private boolean report(ErrorCode code, String message) {
        context.problems().add(code, position, subject.id(), "In the show_if \"" + Values.abbreviate(
                condition.source()) + "\": " + message);
        return false;
    }
}
