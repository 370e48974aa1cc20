package uk.gov.safervoices.definitions.design;

import uk.gov.safervoices.definitions.load.EqualitySections;
import uk.gov.safervoices.definitions.load.WrittenSection;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.List;

/**
 * A questionnaire being designed: its definition as far as it could be read, the file text, and the validator's
 * errors, each with its place. A design with errors can be saved as a draft; only a valid one can be published.
 *
 * @param definition null only when the text is not a questionnaire file at all (not YAML); the editor's forms
 *                   cannot show it, only its errors
 */
public record Design(Questionnaire definition, String yaml, List<DesignError> errors) {

    public Design {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return definition != null && errors.isEmpty();
    }

    public boolean readable() {
        return definition != null;
    }

    /** The sections as the file writes them (an equality section once, not page by page). */
    public List<WrittenSection> sections() {
        return definition == null ? List.of() : EqualitySections.asWritten(definition.sections());
    }

    public List<DesignError> questionErrors(String questionId) {
        return errors.stream().filter(e -> e.place().isQuestion(questionId)).toList();
    }

    public List<DesignError> sectionErrors(String sectionId) {
        return errors.stream().filter(e -> e.place().isSection(sectionId)).toList();
    }

    /** Errors about the questionnaire as a whole, its scales and its weighting variables. */
    public List<DesignError> questionnaireErrors() {
        return errors.stream().filter(e -> e.place().kind() != Place.Kind.QUESTION
                && e.place().kind() != Place.Kind.SECTION).toList();
    }
}
