package uk.gov.safervoices.admin.questionnaire;

import uk.gov.safervoices.definitions.design.DesignError;

import java.util.List;

/**
 * What an edit in the editor gave: saved as the questionnaire's draft ({@code saved}, with the validator's errors),
 * or refused ({@code refusedBecause}, at their places) with nothing saved.
 */
public record EditOutcome(DraftSaved saved, List<DesignError> refusedBecause) {

    public EditOutcome {
        refusedBecause = List.copyOf(refusedBecause);
    }

    public boolean accepted() {
        return saved != null;
    }
}
