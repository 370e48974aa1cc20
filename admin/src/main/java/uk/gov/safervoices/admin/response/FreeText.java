package uk.gov.safervoices.admin.response;

/** What stands in a free-text answer once the resident's words have been removed from the database. */
public final class FreeText {
    /** Staff redacted personal data from this answer. */
    public static final String REDACTED = "[redacted]";
    /** The consultation's retention period ended and the daily purge removed the text. */
    public static final String REMOVED = "[removed at the end of the retention period]";

    private FreeText() {
    }

    public static boolean removed(String text) {
        return REDACTED.equals(text) || REMOVED.equals(text);
    }
}
