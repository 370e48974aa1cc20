package uk.gov.safervoices.admin.crime;

import java.time.Instant;

/** One import of police recorded crime: who, when, the files, the months, the rows, and what could not be placed. */
public record CrimeImport(long id, String importedBy, Instant importedAt, String files, String months, long rows,
                          long outsideRows, long unknownTypeRows) {
}
