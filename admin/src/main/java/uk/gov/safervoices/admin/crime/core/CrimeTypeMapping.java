package uk.gov.safervoices.admin.crime.core;

import java.util.Objects;

/**
 * How a police crime type enters the priority matrix: the concern it counts towards ({@code null} when none) and
 * its harm weight, a severity per offence (e.g. days of imprisonment, as in the Cambridge Crime Harm Index).
 */
public record CrimeTypeMapping(String crimeType, String concernCode, double harmWeight) {

    public CrimeTypeMapping {
        Objects.requireNonNull(crimeType, "crimeType");
        if (!Double.isFinite(harmWeight) || harmWeight < 0) {
            throw new IllegalArgumentException("A harm weight must be zero or more: " + harmWeight);
        }
    }

    public boolean mapped() {
        return concernCode != null;
    }
}
