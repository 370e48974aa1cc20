package uk.gov.safervoices.definitions.load;

import uk.gov.safervoices.definitions.model.Questionnaire;

/** A questionnaire packaged with the application: its file name, the YAML as written, and the loaded definition. */
public record ShippedDefinition(String fileName, String source, Questionnaire questionnaire) {
}
