package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.condition.Condition;
import uk.gov.safervoices.definitions.condition.ConditionEvaluator;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sections and questions a resident is shown, given their answers. Walks the questionnaire in order: a section
 * is shown when its show_if holds (or it has none); a question when its section is shown and its own show_if holds.
 * An answer to a hidden question counts as no answer for every later condition.
 */
public final class Visibility {

    /**
     * The result of one walk.
     *
     * @param sections  the sections shown, in order
     * @param questions the questions shown, in order
     * @param answers   the given answers to shown questions only, in questionnaire order
     */
    public record Route(List<Section> sections, List<Question> questions, Map<String, Answer> answers) {
        public Route {
            sections = List.copyOf(sections);
            questions = List.copyOf(questions);
            answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        }

        public boolean isShown(Section section) {
            return sections.stream().anyMatch(s -> s.id().equals(section.id()));
        }

        public boolean isShown(Question question) {
            return questions.stream().anyMatch(q -> q.id().equals(question.id()));
        }
    }

    private Visibility() {
    }

    /** Walks the whole questionnaire once: what is shown, and the answers that still count. */
    public static Route route(Questionnaire questionnaire, Map<String, Answer> answers) {
        List<Section> sections = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Map<String, Answer> counted = new LinkedHashMap<>();
        for (Section section : questionnaire.sections()) {
            if (!holds(section.showIf(), counted)) {
                continue;
            }
            sections.add(section);
            for (Question question : section.questions()) {
                if (holds(question.showIf(), counted)) {
                    questions.add(question);
                    Answer answer = answers.get(question.id());
                    if (answer != null) {
                        counted.put(question.id(), answer);
                    }
                }
            }
        }
        return new Route(sections, questions, counted);
    }

    public static boolean isShown(Questionnaire questionnaire, Section section, Map<String, Answer> answers) {
        return route(questionnaire, answers).isShown(section);
    }

    /** Whether a question is shown: its section is shown and its own show_if holds. */
    public static boolean isShown(Questionnaire questionnaire, Question question, Map<String, Answer> answers) {
        return route(questionnaire, answers).isShown(question);
    }

    public static List<Section> shownSections(Questionnaire questionnaire, Map<String, Answer> answers) {
        return route(questionnaire, answers).sections();
    }

    public static List<Question> shownQuestions(Questionnaire questionnaire, Map<String, Answer> answers) {
        return route(questionnaire, answers).questions();
    }

    /** The answers that count: those to shown questions, in questionnaire order. */
    public static Map<String, Answer> visibleAnswers(Questionnaire questionnaire, Map<String, Answer> answers) {
        return route(questionnaire, answers).answers();
    }

    /** A show_if condition, or none (null, always true), against the answers that count so far. */
    static boolean holds(Condition showIf, Map<String, Answer> answers) {
        return showIf == null || ConditionEvaluator.evaluate(showIf, answers);
    }
}
