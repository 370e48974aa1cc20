package uk.gov.safervoices.admin.export;

/** Which responses an export holds. */
public enum ExportScope {
    /** Responses counted in analysis (status SUBMITTED) only. */
    INCLUDED,
    /** Every response, with its status (DUPLICATE, SPAM and TEST too). */
    ALL
}
