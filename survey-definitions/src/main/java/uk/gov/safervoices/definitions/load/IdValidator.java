package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.Position;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;

import java.util.HashMap;
import java.util.Map;

/**
 * Question ids are unique across the whole questionnaire (answers are stored by question id), including the
 * questions an equality section adds; section ids are unique too. Choice, item, scale point and variable ids are
 * checked where they are read.
 */
final class IdValidator {

    private IdValidator() {
    }

    static void check(Questionnaire questionnaire, LoadContext context) {
        Map<String, Position> sections = new HashMap<>();
        Map<String, Position> questions = new HashMap<>();
        for (Section section : questionnaire.sections()) {
            if (!section.id().isEmpty()) {
                Position first = sections.putIfAbsent(section.id(), section.position());
                if (first != null) {
                    context.problems().add(ErrorCode.SV003, section.position(), section.id(), "Section id \""
                            + section.id() + "\" is used twice (first at line " + first.line() + ")."
                            + (section.equality() ? " It comes from an equality section." : "")
                            + " Give each section its own id.");
                }
            }
            for (Question question : section.questions()) {
                Position first = questions.putIfAbsent(question.id(), question.position());
                if (first != null) {
                    context.problems().add(ErrorCode.SV003, question.position(), question.id(), "Question id \""
                            + question.id() + "\" is used twice (first at line " + first.line() + ")."
                            + (section.equality() ? " The equality section adds a question with this id." : "")
                            + " Give each question its own id.");
                }
            }
        }
    }
}
