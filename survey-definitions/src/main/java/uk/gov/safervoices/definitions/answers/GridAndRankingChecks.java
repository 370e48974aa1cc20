package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.GridItem;
import uk.gov.safervoices.definitions.model.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks grid answers (one scale choice per item) and ranking answers (first choice, second choice...). */
final class GridAndRankingChecks {

    private GridAndRankingChecks() {
    }

    /** Grid: each item answered with one of the scale's choices; a required grid needs every item. */
    static Outcome grid(Question question, RawForm raw) {
        String id = question.id();
        Map<String, String> byItem = new LinkedHashMap<>();
        List<AnswerError> errors = new ArrayList<>();
        for (GridItem item : question.items()) {
            String key = id + "." + item.id();
            List<String> values = raw.values(key);
            String label = Words.quoted(item.label());
            if (values.isEmpty()) {
                if (question.required()) {
                    errors.add(new AnswerError(id, key, "Select an option for " + label));
                }
            } else if (values.size() > 1) {
                errors.add(new AnswerError(id, key, "Select one option for " + label));
            } else if (question.choice(values.get(0)).isEmpty()) {
                errors.add(new AnswerError(id, key, "Select an option from the list for " + label));
            } else {
                byItem.put(item.id(), values.get(0));
            }
        }
        if (!errors.isEmpty()) {
            return Outcome.errors(errors);
        }
        return byItem.isEmpty() ? Outcome.none() : Outcome.of(new Answer.Grid(byItem));
    }

    /** Ranking: up to N different choices, first choice first, with no gaps. */
    static Outcome ranking(Question question, RawForm raw) {
        String id = question.id();
        List<String> keys = AnswerFields.rankKeys(question);
        List<String> ranked = new ArrayList<>();
        int firstGap = -1;
        for (int i = 0; i < keys.size(); i++) {
            List<String> values = raw.values(keys.get(i));
            String ordinal = Words.ordinal(i + 1);
            if (values.isEmpty()) {
                firstGap = firstGap < 0 ? i : firstGap;
                continue;
            }
            if (firstGap >= 0) {
                return Outcome.error(id, keys.get(firstGap), "Enter a " + Words.ordinal(firstGap + 1)
                        + " choice before a " + ordinal + " choice");
            }
            String choiceId = values.get(0);
            if (values.size() > 1) {
                return Outcome.error(id, keys.get(i), "Select one option for your " + ordinal + " choice");
            }
            if (question.choice(choiceId).isEmpty()) {
                return Outcome.error(id, keys.get(i), "Select your " + ordinal + " choice from the list");
            }
            if (ranked.contains(choiceId)) {
                return Outcome.error(id, keys.get(i), "You have chosen " + Words.choiceLabel(question, choiceId)
                        + " more than once. Choose each option only once");
            }
            ranked.add(choiceId);
        }
        if (ranked.isEmpty()) {
            return question.required() ? Outcome.error(id, keys.get(0), "Enter a first choice") : Outcome.none();
        }
        Optional<List<AnswerError>> specifyErrors = ChoiceChecks.specify(question, raw, ranked);
        if (specifyErrors.isPresent()) {
            return Outcome.errors(specifyErrors.get());
        }
        return Outcome.of(new Answer.Ranking(List.copyOf(ranked),
                ChoiceChecks.specifiedText(question, raw, ranked)));
    }
}
