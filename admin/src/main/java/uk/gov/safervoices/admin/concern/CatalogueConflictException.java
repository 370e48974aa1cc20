package uk.gov.safervoices.admin.concern;

/**
 * Someone else saved the concern catalogue after this page was opened; nothing was saved. The page should be
 * opened again (it then shows their change) and the change made again.
 */
public class CatalogueConflictException extends RuntimeException {
    private final transient CatalogueVersion latest;

    public CatalogueConflictException(CatalogueVersion latest) {
        super("Version " + latest.versionNumber() + " of the concern catalogue was saved after this page was opened");
        this.latest = latest;
    }

    public CatalogueVersion latest() {
        return latest;
    }
}
