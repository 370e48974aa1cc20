package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.condition.Conditions;
import uk.gov.safervoices.definitions.condition.Satisfiability;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks every show_if: it names questions that exist and come earlier (a section's condition: in an earlier
 * section), with answers those questions can give; then that it can be true at all, and together with its
 * section's condition.
 */
final class ConditionValidator {

    /** Where a question is: its place among all questions and the index of its section. */
    record Located(int order, int section, Question question) { }

    private final LoadContext context;
    private final Map<String, Located> index = new LinkedHashMap<>();
    private final Function<String, Optional<Question>> lookup;

    private ConditionValidator(Questionnaire questionnaire, LoadContext context) {
        this.context = context;
        int order = 0;
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            for (Question question : questionnaire.sections().get(s).questions()) {
                index.putIfAbsent(question.id(), new Located(order++, s, question));
            }
        }
        this.lookup = id -> Optional.ofNullable(index.get(id)).map(Located::question);
    }

    static void check(Questionnaire questionnaire, LoadContext context) {
        new ConditionValidator(questionnaire, context).checkAll(questionnaire);
    }

    private void checkAll(Questionnaire questionnaire) {
        int order = 0;
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            Section section = questionnaire.sections().get(s);
            boolean sectionUsable = section.showIf() != null
                    && checkCondition(section.showIf(), new Subject(section.id(), "section", -1, s));
            for (Question question : section.questions()) {
                Condition showIf = question.showIf();
                if (showIf != null && checkCondition(showIf, new Subject(question.id(), "question", order, s))
                        && sectionUsable && !Satisfiability.isSatisfiable(both(section.showIf(), showIf), lookup)) {
                    context.problems().add(ErrorCode.SV025, context.positionOf(showIf), question.id(), "Question \""
                            + question.id() + "\" is shown only when \"" + showIf.source() + "\", but its section \""
                            + section.id() + "\" only when \"" + section.showIf().source() + "\". Both cannot be "
                            + "true at once, so the question would never be shown. Correct one of the conditions.");
                }
                order++;
            }
        }
    }

    /** What a condition belongs to: a question (with its place) or a section (order -1). */
    record Subject(String id, String kind, int order, int section) {
        boolean isSection() {
            return order < 0;
        }
    }

    /** True when the condition names only known, earlier questions with possible answers and can be true. */
    private boolean checkCondition(Condition condition, Subject subject) {
        ConditionReferences references = new ConditionReferences(context, index, condition, subject);
        boolean usable = true;
        for (Condition comparison : Conditions.comparisons(condition)) {
            usable &= references.check(comparison);
        }
        if (usable && !Satisfiability.isSatisfiable(condition, lookup)) {
            context.problems().add(ErrorCode.SV025, context.positionOf(condition), subject.id(), "The show_if "
                    + "condition \"" + condition.source() + "\" can never be true, so " + subject.kind() + " \""
                    + subject.id() + "\" would never be shown. Check for answers that cannot be given together "
                    + "(a single-choice question has only one answer) and correct the condition.");
            return false;
        }
        return usable;
    }

    private static Condition both(Condition section, Condition question) {
        return new Condition.And("(" + section.source() + ") and (" + question.source() + ")", section, question);
    }
}
