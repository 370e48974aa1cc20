package uk.gov.safervoices.definitions.design;

import uk.gov.safervoices.definitions.load.EqualitySections;
import uk.gov.safervoices.definitions.load.ValidationError;
import uk.gov.safervoices.definitions.load.WrittenSection;
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.definitions.model.WeightingVariable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Says what each validator error is about. The validator files an error under an id (a question's, a section's or a
 * weighting variable's; none for the questionnaire and its scales) and gives its line; when an id names several
 * things (a section and a question may share one), the line decides: the error belongs to the last of them that
 * starts at or before it. Errors without an id are put on a named scale when their line is among its points.
 */
final class Places {

    private record Candidate(Place place, int line) { }

    private Places() {
    }

    static List<DesignError> locate(List<ValidationError> errors, Questionnaire questionnaire) {
        List<WrittenSection> sections = questionnaire == null ? List.of()
                : EqualitySections.asWritten(questionnaire.sections());
        return errors.stream().map(e -> new DesignError(e, place(e, questionnaire, sections))).toList();
    }

    private static Place place(ValidationError error, Questionnaire questionnaire, List<WrittenSection> sections) {
        if (questionnaire == null || !error.file().equals(questionnaire.sourceName())) {
            return Place.QUESTIONNAIRE;
        }
        if (error.questionId() == null) {
            return scaleAt(error.line(), questionnaire);
        }
        List<Candidate> candidates = candidates(error.questionId(), questionnaire, sections);
        return candidates.stream()
                .filter(c -> c.line() <= error.line())
                .max(Comparator.comparingInt(Candidate::line))
                .or(() -> candidates.stream().findFirst())
                .map(Candidate::place)
                .orElse(Place.QUESTIONNAIRE);
    }

    /** Everything the id may name, sections first (a section starts before its questions). */
    private static List<Candidate> candidates(String id, Questionnaire questionnaire, List<WrittenSection> sections) {
        List<Candidate> found = new ArrayList<>();
        for (WrittenSection section : sections) {
            Section firstPage = section.pages().isEmpty() ? null : section.pages().get(0);
            if (section.id().equals(id)) {
                found.add(new Candidate(Place.section(id), firstPage == null ? 0 : firstPage.position().line()));
            }
        }
        for (WrittenSection section : sections) {
            for (Section page : section.pages()) {
                for (Question question : page.questions()) {
                    if (question.id().equals(id)) {
                        found.add(new Candidate(Place.question(section.id(), id), question.position().line()));
                    }
                }
            }
        }
        for (WeightingVariable variable : questionnaire.weightingVariables()) {
            if (variable.id().equals(id)) {
                found.add(new Candidate(Place.weightingVariable(id), variable.position().line()));
            }
        }
        return found;
    }

    /** The scale whose points (or name, the line before them) are at this line, or the questionnaire. */
    private static Place scaleAt(int line, Questionnaire questionnaire) {
        for (var scale : questionnaire.scales().entrySet()) {
            List<Choice> points = scale.getValue();
            if (!points.isEmpty() && points.get(0).position().line() > 0 && line >= points.get(0).position().line() - 1
                    && line <= points.get(points.size() - 1).position().line()) {
                return Place.scale(scale.getKey());
            }
        }
        return Place.QUESTIONNAIRE;
    }
}
