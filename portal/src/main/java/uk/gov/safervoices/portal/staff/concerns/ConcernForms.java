package uk.gov.safervoices.portal.staff.concerns;

import uk.gov.safervoices.admin.concern.CatalogueConflictException;

/** Messages shared by the catalogue's pages. */
final class ConcernForms {

    private ConcernForms() {
    }

    static String conflict(CatalogueConflictException e) {
        return "Someone else saved the concern catalogue (version " + e.latest().versionNumber() + ") after you "
                + "opened this page, so your change was not saved. Check the catalogue as it is now, then make your "
                + "change again";
    }
}
