package uk.gov.safervoices.definitions.model;

import java.util.List;

/** A weighting variable (ward, age band, sex...) and the categories its population margins are given for. */
public record WeightingVariable(String id, String label, List<String> categories, Position position) {
}
