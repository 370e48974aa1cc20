package uk.gov.safervoices.admin.questionnaire;

import uk.gov.safervoices.definitions.load.ValidationError;

import java.util.List;

/**
 * What importing a file gave: the draft it was saved as, or, for a file the validator refuses, every error (code,
 * line, column, and what to do) and nothing saved.
 */
public record ImportResult(DraftSaved saved, List<ValidationError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean imported() {
        return saved != null;
    }
}
