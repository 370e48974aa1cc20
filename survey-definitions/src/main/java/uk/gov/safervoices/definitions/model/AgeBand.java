package uk.gov.safervoices.definitions.model;

/** A band of whole numbers (inclusive; max null means no upper limit) mapped to a weighting category. */
public record AgeBand(long min, Long max, String category) {
    public boolean contains(long value) {
        return value >= min && (max == null || value <= max);
    }
}
