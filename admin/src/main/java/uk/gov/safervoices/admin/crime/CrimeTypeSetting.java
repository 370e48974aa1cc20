package uk.gov.safervoices.admin.crime;

import uk.gov.safervoices.admin.crime.core.CrimeTypeMapping;

import java.time.Instant;

/** A crime type's stored mapping: its concern ({@code null}: none), harm weight and where the weight comes from. */
public record CrimeTypeSetting(String crimeType, String concernCode, double harmWeight, String harmSource,
                               String updatedBy, Instant updatedAt) {

    public CrimeTypeMapping mapping() {
        return new CrimeTypeMapping(crimeType, concernCode, harmWeight);
    }
}
