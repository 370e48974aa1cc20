package uk.gov.safervoices.definitions.model;

import java.util.List;

/**
 * A weighting variable (ward, age band, sex...) and the categories its population margins are given for.
 *
 * @param fromLookup the area lookup whose ward codes are the categories ({@code from_lookup:}), or null when the
 *                   categories are listed
 */
public record WeightingVariable(String id, String label, List<String> categories, String fromLookup,
                                Position position) {

    /** A variable whose categories are listed. */
    public WeightingVariable(String id, String label, List<String> categories, Position position) {
        this(id, label, categories, null, position);
    }
}
