package uk.gov.safervoices.definitions.model;

import uk.gov.safervoices.definitions.condition.Condition;

import java.util.List;

/**
 * A page of the questionnaire. {@code equality} marks the optional equality-monitoring section, which the loader
 * expands from the GSS-harmonised standard questions; its questions are always optional.
 */
public record Section(String id, String title, String intro, Condition showIf, boolean equality,
                      List<Question> questions, Position position) {
}
