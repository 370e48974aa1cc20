package uk.gov.safervoices.definitions.load;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a definition that must be valid (a shipped file, the catalogue, a lookup) is not; lists every error. */
public final class DefinitionException extends RuntimeException {

    private final transient List<ValidationError> errors;

    public DefinitionException(List<ValidationError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }

    private static String describe(List<ValidationError> errors) {
        return errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the definition files:\n"
                + errors.stream().map(ValidationError::toString).collect(Collectors.joining("\n"));
    }
}
