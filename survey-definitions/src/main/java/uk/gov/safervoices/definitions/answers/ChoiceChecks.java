package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks single choice, scale and multiple choice answers, and the "please say" text of an "Other" choice. */
final class ChoiceChecks {

    private ChoiceChecks() {
    }

    /** Single choice and scale: exactly one of the question's choices. */
    static Outcome single(Question question, RawForm raw) {
        String id = question.id();
        List<String> values = raw.values(id);
        if (values.isEmpty()) {
            return question.required() ? Outcome.error(id, id, "Select an option") : Outcome.none();
        }
        if (values.size() > 1) {
            return Outcome.error(id, id, "Select one option");
        }
        String choiceId = values.get(0);
        if (!offers(question, choiceId)) {
            return Outcome.error(id, id, "Select an option from the list");
        }
        return specify(question, raw, values).map(Outcome::errors)
                .orElseGet(() -> Outcome.of(new Answer.Single(choiceId, specifiedText(question, raw, values))));
    }

    /** Multiple choice: one or more of the question's choices, an exclusive one alone, at most max_selections. */
    static Outcome multiple(Question question, RawForm raw) {
        String id = question.id();
        List<String> values = raw.values(id);
        if (values.isEmpty()) {
            return question.required() ? Outcome.error(id, id, "Select at least one option") : Outcome.none();
        }
        if (!values.stream().allMatch(v -> offers(question, v))) {
            return Outcome.error(id, id, "Select options from the list");
        }
        Optional<String> exclusive = values.stream().filter(v -> isExclusive(question, v)).findFirst();
        if (exclusive.isPresent() && values.size() > 1) {
            return Outcome.error(id, id, "You cannot select " + Words.choiceLabel(question, exclusive.get())
                    + " and another option");
        }
        if (question.maxSelections() != null && values.size() > question.maxSelections()) {
            return Outcome.error(id, id, "Select no more than " + Words.options(question.maxSelections()));
        }
        Optional<List<AnswerError>> specifyErrors = specify(question, raw, values);
        if (specifyErrors.isPresent()) {
            return Outcome.errors(specifyErrors.get());
        }
        return Outcome.of(new Answer.Multiple(inChoiceOrder(question, values),
                specifiedText(question, raw, values)));
    }

    /** Whether the question offers the choice id: one of its choices, or "prefer not to say" when allowed. */
    static boolean offers(Question question, String choiceId) {
        return question.choice(choiceId).isPresent()
                || question.preferNotToSay() && Choice.PREFER_NOT_TO_SAY.equals(choiceId);
    }

    static boolean isExclusive(Question question, String choiceId) {
        return Choice.PREFER_NOT_TO_SAY.equals(choiceId)
                || question.choice(choiceId).map(Choice::exclusive).orElse(false);
    }

    /** The ids in the order the question lists its choices; "prefer not to say" last. */
    static List<String> inChoiceOrder(Question question, List<String> ids) {
        List<String> ordered = new ArrayList<>();
        for (Choice choice : question.choices()) {
            if (ids.contains(choice.id())) {
                ordered.add(choice.id());
            }
        }
        if (ids.contains(Choice.PREFER_NOT_TO_SAY) && !ordered.contains(Choice.PREFER_NOT_TO_SAY)) {
            ordered.add(Choice.PREFER_NOT_TO_SAY);
        }
        return List.copyOf(ordered);
    }

    /** Errors in the "please say" text, when a chosen choice asks for it. */
    static Optional<List<AnswerError>> specify(Question question, RawForm raw, List<String> chosen) {
        String text = specifiedText(question, raw, chosen);
        if (text != null && TextRules.length(text) > TextRules.SPECIFY_MAX_LENGTH) {
            return Optional.of(List.of(new AnswerError(question.id(), question.id() + AnswerFields.SPECIFY_SUFFIX,
                    TextRules.tooLong(TextRules.SPECIFY_MAX_LENGTH))));
        }
        return Optional.empty();
    }

    /** The "please say" text, tidied; null when no chosen choice asks for it (then any posted text is ignored). */
    static String specifiedText(Question question, RawForm raw, List<String> chosen) {
        boolean asked = chosen.stream().anyMatch(id -> question.choice(id).map(Choice::specify).orElse(false));
        return asked ? TextRules.clean(raw.rawText(question.id() + AnswerFields.SPECIFY_SUFFIX), false) : null;
    }
}
