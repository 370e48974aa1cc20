package uk.gov.safervoices.portal.web;

/** Every public URL of the portal, in one place. */
public final class Routes {
    public static final String HOME = "/";
    public static final String CONSULTATION = "/consultations/{slug}";

    private Routes() {
    }

    public static String consultation(String slug) {
        return "/consultations/" + slug;
    }
}
