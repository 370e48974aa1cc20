package uk.gov.safervoices.definitions.model;

/** An electoral ward: its ONS code (E05...) and name. */
public record Ward(String code, String name) {
}
