package uk.gov.safervoices.admin.questionnaire;

import uk.gov.safervoices.definitions.design.Design;
import uk.gov.safervoices.definitions.design.DesignError;

import java.util.List;

/**
 * A draft as saved, and what the validator says about it: {@code design.errors()}, each at its question or section.
 * A draft with errors is kept; it cannot be published until they are corrected.
 */
public record DraftSaved(QuestionnaireVersion version, Design design) {

    public List<DesignError> errors() {
        return design.errors();
    }

    public boolean valid() {
        return design.valid();
    }
}
