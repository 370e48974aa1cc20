package uk.gov.safervoices.admin.questionnaire;

import uk.gov.safervoices.definitions.load.ValidationError;

import java.util.List;
import java.util.stream.Collectors;

/** A definition that did not pass the validator; carries every error. Nothing was saved. */
public class InvalidDefinitionException extends RuntimeException {
    private final transient List<ValidationError> errors;

    public InvalidDefinitionException(List<ValidationError> errors) {
        super(errors.stream().map(ValidationError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
