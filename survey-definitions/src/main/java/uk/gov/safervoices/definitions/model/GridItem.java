package uk.gov.safervoices.definitions.model;

/** One row of a grid question, answered on the grid's scale; may stand for a concern code. */
public record GridItem(String id, String label, String concern, Position position) {
}
