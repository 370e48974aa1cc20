package uk.gov.safervoices.portal.web;

/**
 * Every public URL of the portal, in one place. Section ids are snake_case, so the hyphenated fixed names
 * ({@code check-answers}, {@code saved}...) can never collide with a section.
 */
public final class Routes {
    public static final String HOME = "/";
    public static final String PRIVACY = "/privacy";
    public static final String ACCESSIBILITY = "/accessibility";
    public static final String CONTACT = "/contact";
    public static final String CONSULTATION = "/consultations/{slug}";
    public static final String SECTION = "/consultations/{slug}/{questionnaire}/{section}";
    public static final String START = "/consultations/{slug}/{questionnaire}/start";
    public static final String CHECK_ANSWERS = "/consultations/{slug}/{questionnaire}/check-answers";
    public static final String COMPLETE = "/consultations/{slug}/{questionnaire}/complete/{reference}";
    public static final String SAVED = "/consultations/{slug}/{questionnaire}/saved";
    public static final String EQUALITY_START = "/consultations/{slug}/{questionnaire}/about-you";
    public static final String INVITATION = "/consultations/{slug}/{questionnaire}/invitation";
    public static final String RESUME = "/consultations/{slug}/resume";
    public static final String RESUME_WITH_CODE = "/consultations/{slug}/resume/{code}";

    private Routes() {
    }

    public static String consultation(String slug) {
        return "/consultations/" + slug;
    }

    public static String start(String slug, String questionnaire) {
        return consultation(slug) + "/" + questionnaire + "/start";
    }

    public static String section(String slug, String questionnaire, String section) {
        return consultation(slug) + "/" + questionnaire + "/" + section;
    }

    public static String checkAnswers(String slug, String questionnaire) {
        return consultation(slug) + "/" + questionnaire + "/check-answers";
    }

    public static String complete(String slug, String questionnaire, String reference) {
        return consultation(slug) + "/" + questionnaire + "/complete/" + reference;
    }

    public static String saved(String slug, String questionnaire) {
        return consultation(slug) + "/" + questionnaire + "/saved";
    }

    public static String equalityStart(String slug, String questionnaire) {
        return consultation(slug) + "/" + questionnaire + "/about-you";
    }

    public static String invitation(String slug, String questionnaire) {
        return consultation(slug) + "/" + questionnaire + "/invitation";
    }

    public static String resume(String slug) {
        return consultation(slug) + "/resume";
    }
}
