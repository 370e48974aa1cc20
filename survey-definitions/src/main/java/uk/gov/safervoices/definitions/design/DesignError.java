package uk.gov.safervoices.definitions.design;

import uk.gov.safervoices.definitions.load.ErrorCode;
import uk.gov.safervoices.definitions.load.ValidationError;

/** A validator error and what it is about. */
public record DesignError(ValidationError error, Place place) {

    public ErrorCode code() {
        return error.code();
    }

    /** The sentence to show: what is wrong and what to do. */
    public String message() {
        return error.message();
    }

    @Override
    public String toString() {
        return place.kind() + (place.id() == null ? "" : " " + place.id()) + ": " + error;
    }
}
