package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * What loading one questionnaire file gave: the questionnaire (only when there are no errors) and every error found,
 * in file order.
 */
public record LoadResult(Optional<Questionnaire> questionnaire, List<ValidationError> errors) {

    public LoadResult {
        errors = List.copyOf(errors);
        if (!errors.isEmpty()) {
            questionnaire = Optional.empty();
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The questionnaire, or a {@link DefinitionException} listing every error. */
    public Questionnaire orThrow() {
        return questionnaire.orElseThrow(() -> new DefinitionException(errors));
    }
}
