package uk.gov.safervoices.definitions.design;

import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.load.ConditionText;
import uk.gov.safervoices.definitions.load.EqualitySections;
import uk.gov.safervoices.definitions.load.WrittenSection;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.WeightingVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Rebuilding immutable definitions: what the edit operations share. */
final class Edited {

    private Edited() {
    }

    /** Text from a form as the loader would read it: line breaks as \n, no spaces around, blank as absent. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    static Condition condition(String text, Place place) {
        try {
            return ConditionText.parse(clean(text));
        } catch (ConditionText.UnreadableCondition e) {
            throw new InvalidEditException(e.code(), place, e.getMessage(), e);
        }
    }

    static Questionnaire with(Questionnaire q, Map<String, List<Choice>> scales, List<WeightingVariable> variables,
                              List<Section> sections) {
        return new Questionnaire(q.id(), q.kind(), q.title(), q.summary(), q.intro(), q.outro(), q.privacyNotice(),
                scales, List.copyOf(variables), List.copyOf(sections), q.sourceName());
    }

    static Questionnaire withSections(Questionnaire q, List<Section> sections) {
        return with(q, q.scales(), q.weightingVariables(), sections);
    }

    static List<WrittenSection> written(Questionnaire q) {
        return new ArrayList<>(EqualitySections.asWritten(q.sections()));
    }

    static Questionnaire fromWritten(Questionnaire q, List<WrittenSection> sections) {
        return withSections(q, sections.stream().flatMap(s -> s.pages().stream()).toList());
    }

    static int indexOf(List<WrittenSection> sections, String sectionId) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(sectionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("There is no section \"" + sectionId + "\"");
    }

    /** Where a position given by a form (0 = first) lands in a list of {@code size}: clamped to the list. */
    static int clamp(int position, int size) {
        return Math.max(0, Math.min(position, size));
    }

    /** The question, which must be one the editor may change (not a standard equality question). */
    static Question question(Questionnaire q, String questionId) {
        for (Section section : q.sections()) {
            for (Question question : section.questions()) {
                if (question.id().equals(questionId)) {
                    if (section.equality()) {
                        throw new IllegalArgumentException("Question \"" + questionId + "\" is a standard equality "
                                + "question: only its weighting can be changed, on its equality section");
                    }
                    return question;
                }
            }
        }
        throw new IllegalArgumentException("There is no question \"" + questionId + "\"");
    }

    /** The section (a page of questions, not an equality section) a question is in. */
    static String sectionOf(Questionnaire q, String questionId) {
        question(q, questionId);
        return q.sectionOf(questionId).orElseThrow().id();
    }

    /** Replaces one question by the edit's result, built by the format's rules. */
    static Questionnaire changeQuestion(Questionnaire q, String questionId, UnaryOperator<QuestionBuilder> change) {
        Question before = question(q, questionId);
        Question after = change.apply(QuestionBuilder.of(before)).build(q.scales());
        return withSections(q, q.sections().stream().map(s -> s.questions().contains(before)
                ? new Section(s.id(), s.title(), s.intro(), s.showIf(), s.equality(), s.questions().stream()
                .map(x -> x == before ? after : x).toList(), s.position())
                : s).toList());
    }
}
