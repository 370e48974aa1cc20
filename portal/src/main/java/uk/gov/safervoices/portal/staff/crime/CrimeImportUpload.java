package uk.gov.safervoices.portal.staff.crime;

import jakarta.inject.Singleton;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.web.LargeUpload;

/** The crime import takes uploads up to {@link CrimeUpload#getMaxUploadSize()}; every other route keeps 1 MB. */
@Singleton
class CrimeImportUpload implements LargeUpload {
    private final long maxSize;

    CrimeImportUpload(CrimeUpload configuration) {
        this.maxSize = configuration.getMaxUploadSize();
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String path() {
        return StaffRoutes.CRIME_IMPORT;
    }

    @Override
    public long maxSize() {
        return maxSize;
    }
}
