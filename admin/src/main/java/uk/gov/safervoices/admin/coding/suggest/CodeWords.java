package uk.gov.safervoices.admin.coding.suggest;

/**
 * A code answers can be given, as suggestions read it: its name and description (a catalogue concern's, or an
 * analyst's theme's).
 *
 * @param code        the code as stored ("drug_dealing", "theme:street_lighting")
 * @param name        its name
 * @param description its description; may be null
 */
public record CodeWords(String code, String name, String description) {
}
