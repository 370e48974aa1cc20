package uk.gov.safervoices.definitions.answers;

import java.util.List;

/** What checking one question gave: an answer (or null: unanswered) and the errors (no answer when any). */
record Outcome(Answer answer, List<AnswerError> errors) {

    Outcome {
        errors = List.copyOf(errors);
    }

    static Outcome of(Answer answer) {
        return new Outcome(answer, List.of());
    }

    static Outcome none() {
        return new Outcome(null, List.of());
    }

    static Outcome error(String questionId, String fieldKey, String message) {
        return new Outcome(null, List.of(new AnswerError(questionId, fieldKey, message)));
    }

    static Outcome errors(List<AnswerError> errors) {
        return new Outcome(null, errors);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }
}
