package uk.gov.safervoices.definitions.condition;

import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.model.Question;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * For questions answered with a number, text, date or area: which condition values such a question could really
 * be answered with, and one answer that equals none of them.
 */
abstract class ScalarValues {

    static ScalarValues forQuestion(Question question) {
        return switch (question.type()) {
            case WHOLE_NUMBER -> new Numbers(question);
            case DATE -> new Dates(question);
            case AREA -> new Areas();
            default -> new Texts(question);
        };
    }

    /** The answer equal to {@code value}, if the question can take it. */
    abstract Optional<Answer> answer(String value);

    /** An answer the question can take that equals none of {@code values}, if there is one. */
    Optional<Answer> other(List<String> values) {
        for (int i = 0; i < 1000; i++) {
            Optional<Answer> candidate = candidate(i);
            if (candidate.isPresent() && values.stream().noneMatch(
                    v -> ConditionEvaluator.matches(candidate.get(), v))) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    /** The i-th guess at an answer the question can take. */
    abstract Optional<Answer> candidate(int i);

    private static final class Numbers extends ScalarValues {
        private final long min;
        private final long max;

        Numbers(Question question) {
            this.min = question.min() == null ? Long.MIN_VALUE : question.min();
            this.max = question.max() == null ? Long.MAX_VALUE : question.max();
        }

        @Override
        Optional<Answer> answer(String value) {
            if (!value.matches("-?[0-9]{1,18}")) {
                return Optional.empty();
            }
            long number = Long.parseLong(value);
            return number >= min && number <= max ? Optional.of(new Answer.WholeNumber(number)) : Optional.empty();
        }

        @Override
        Optional<Answer> candidate(int i) {
            long start = min == Long.MIN_VALUE ? (max == Long.MAX_VALUE ? 0 : max - 1000) : min;
            long number = start + i;
            return number >= min && number <= max ? Optional.of(new Answer.WholeNumber(number)) : Optional.empty();
        }
    }

    private static final class Dates extends ScalarValues {
        private final LocalDate earliest;
        private final LocalDate latest;

        Dates(Question question) {
            this.earliest = question.earliest();
            this.latest = question.latestToday() ? null : question.latest();
        }

        @Override
        Optional<Answer> answer(String value) {
            try {
                return inRange(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        @Override
        Optional<Answer> candidate(int i) {
            LocalDate start = earliest != null ? earliest : latest != null ? latest.minusDays(1000)
                    : LocalDate.of(2000, 1, 1);
            return inRange(start.plusDays(i));
        }

        private Optional<Answer> inRange(LocalDate date) {
            boolean ok = (earliest == null || !date.isBefore(earliest)) && (latest == null || !date.isAfter(latest));
            return ok ? Optional.of(new Answer.Date(date)) : Optional.empty();
        }
    }

    private static final class Texts extends ScalarValues {
        private final int maxLength;

        Texts(Question question) {
            this.maxLength = question.maxLength() == null ? Integer.MAX_VALUE : question.maxLength();
        }

        @Override
        Optional<Answer> answer(String value) {
            boolean ok = !value.isBlank() && value.strip().equals(value)
                    && value.codePointCount(0, value.length()) <= maxLength;
            return ok ? Optional.of(new Answer.Text(value)) : Optional.empty();
        }

        @Override
        Optional<Answer> candidate(int i) {
            return answer(Integer.toString(i, 36));
        }
    }

    private static final class Areas extends ScalarValues {
        @Override
        Optional<Answer> answer(String value) {
            return value.isBlank() ? Optional.empty() : Optional.of(new Answer.Area(value, null));
        }

        @Override
        Optional<Answer> candidate(int i) {
            return Optional.of(new Answer.Area("other_ward_" + i, null));
        }
    }
}
