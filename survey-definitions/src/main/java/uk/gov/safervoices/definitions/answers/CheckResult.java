package uk.gov.safervoices.definitions.answers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of checking a submission or a page.
 *
 * @param answers question id to checked answer, in questionnaire order: only questions shown and answered
 *                without error
 * @param errors  the problems, in the order the questions and their fields appear
 */
public record CheckResult(Map<String, Answer> answers, List<AnswerError> errors) {

    public CheckResult {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        errors = List.copyOf(errors);
    }

    public static CheckResult empty() {
        return new CheckResult(Map.of(), List.of());
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The first error for a question, if any. */
    public Optional<AnswerError> errorFor(String questionId) {
        return errors.stream().filter(e -> e.questionId().equals(questionId)).findFirst();
    }

    /** The error for one form field, if any. */
    public Optional<AnswerError> errorForField(String fieldKey) {
        return errors.stream().filter(e -> e.fieldKey().equals(fieldKey)).findFirst();
    }
}
