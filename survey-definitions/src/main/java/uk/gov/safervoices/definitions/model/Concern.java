package uk.gov.safervoices.definitions.model;

/** A community safety concern residents rank or rate (drug_dealing, asb, burglary...). */
public record Concern(String code, String name, String description) {
}
