package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks what a resident posted (field key to values, see {@link AnswerFields}) against a questionnaire, and turns it
 * into normalised answers. Walks the questions in order, deciding show_if from the answers checked so far; questions
 * not shown are skipped and anything posted for them dropped. Fields that no shown question reads are ignored.
 * Thread-safe and immutable.
 */
public final class AnswerChecker {

    private final Map<String, AreaLookup> lookups;
    private final Clock clock;

    /**
     * @param lookups area lookups by id, for area questions
     * @param clock   decides "today" for {@code latest: today}
     */
    public AnswerChecker(Map<String, AreaLookup> lookups, Clock clock) {
        this.lookups = Map.copyOf(lookups);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The whole submission: every shown section in order. */
    public CheckResult check(Questionnaire questionnaire, Map<String, List<String>> raw) {
        RawForm form = new RawForm(raw);
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<AnswerError> errors = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            if (Visibility.holds(section.showIf(), answers)) {
                checkQuestions(section, form, answers, answers, errors);
            }
        }
        return new CheckResult(answers, errors);
    }

    /**
     * One page: the questions of one section, deciding show_if from the earlier pages' answers and this page's
     * earlier questions. A section whose own show_if is false gives no answers and no errors.
     *
     * @return this page's answers and errors only
     */
    public CheckResult checkSection(Questionnaire questionnaire, Section section, Map<String, List<String>> raw,
                                    Map<String, Answer> earlierAnswers) {
        Map<String, Answer> known = new LinkedHashMap<>(earlierAnswers);
        section.questions().forEach(q -> known.remove(q.id()));
        if (!Visibility.holds(section.showIf(), known)) {
            return CheckResult.empty();
        }
        Map<String, Answer> page = new LinkedHashMap<>();
        List<AnswerError> errors = new ArrayList<>();
        checkQuestions(section, new RawForm(raw), known, page, errors);
        return new CheckResult(page, errors);
    }

    /** One question on its own, whatever its show_if says. */
    public CheckResult checkQuestion(Question question, Map<String, List<String>> raw) {
        Outcome outcome = check(question, new RawForm(raw));
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (outcome.answer() != null) {
            answers.put(question.id(), outcome.answer());
        }
        return new CheckResult(answers, outcome.errors());
    }

    private void checkQuestions(Section section, RawForm form, Map<String, Answer> known, Map<String, Answer> into,
                                List<AnswerError> errors) {
        for (Question question : section.questions()) {
            if (!Visibility.holds(question.showIf(), known)) {
                continue;
            }
            Outcome outcome = check(question, form);
            errors.addAll(outcome.errors());
            if (outcome.answer() != null && !outcome.hasErrors()) {
                known.put(question.id(), outcome.answer());
                into.put(question.id(), outcome.answer());
            }
        }
    }

    private Outcome check(Question question, RawForm form) {
        if (question.preferNotToSay() && !AnswerFields.preferNotToSayIsChoice(question)
                && form.isTicked(question.id() + AnswerFields.PREFER_NOT_TO_SAY_SUFFIX)) {
            boolean alsoAnswered = AnswerFields.fieldKeys(question).stream().anyMatch(form::hasInput);
            return alsoAnswered
                    ? Outcome.error(question.id(), question.id() + AnswerFields.PREFER_NOT_TO_SAY_SUFFIX,
                            "You cannot answer and select " + Words.quoted("Prefer not to say"))
                    : Outcome.of(new Answer.PreferNotToSay());
        }
        return switch (question.type()) {
            case SINGLE_CHOICE, SCALE -> ChoiceChecks.single(question, form);
            case MULTIPLE_CHOICE -> ChoiceChecks.multiple(question, form);
            case GRID -> GridAndRankingChecks.grid(question, form);
            case RANKING -> GridAndRankingChecks.ranking(question, form);
            case SHORT_TEXT, LONG_TEXT -> ScalarChecks.text(question, form);
            case WHOLE_NUMBER -> ScalarChecks.wholeNumber(question, form);
            case DATE -> DateCheck.date(question, form, LocalDate.now(clock));
            case AREA -> AreaCheck.area(question, form, lookup(question));
        };
    }

    private AreaLookup lookup(Question question) {
        AreaLookup lookup = lookups.get(question.lookup());
        if (lookup == null) {
            throw new IllegalStateException("Question '" + question.id() + "' needs the area lookup '"
                    + question.lookup() + "', which the answer checker was not given");
        }
        return lookup;
    }
}
