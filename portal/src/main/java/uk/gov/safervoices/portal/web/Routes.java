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
    public static final String YOU_SAID_WE_DID = "/consultations/{slug}/you-said-we-did";
    public static final String PLAN = "/plan";
    public static final String PLAN_YEAR = "/plan/{year}";
    public static final String PLAN_VERSION = "/plan/{year}/versions/{version}";
    public static final String PLAN_FIGURES_CSV = "/plan/{year}/figures.csv";
    public static final String PLAN_FIGURES_JSON = "/plan/{year}/figures.json";
    public static final String MEETINGS = "/meetings";
    /** A meeting by its slug (or, to be redirected, its id): never a dot, so that {@link #MEETING_CALENDAR} and {@link #MEETING_CANCEL} are told apart. */
    public static final String MEETING = "/meetings/{slug:[a-z0-9-]+}";
    public static final String MEETING_CALENDAR = "/meetings/{slug}.ics";
    public static final String MEETING_REGISTER = "/meetings/{slug}/register";
    public static final String MEETING_REGISTRATION = "/meetings/{slug}/registration/{reference}";
    public static final String MEETING_CANCELLED = "/meetings/{slug}/cancelled";
    public static final String MEETING_CANCEL = "/meetings/cancel";

    private Routes() {
    }

    /** A plan year's published summary ("2026-27"): a stable address. */
    public static String plan(String planYear) {
        return PLAN + "/" + planYear;
    }

    public static String planVersion(String planYear, int version) {
        return plan(planYear) + "/versions/" + version;
    }

    /** The published figures of a plan year: {@code format} is csv or json. */
    public static String planFigures(String planYear, String format) {
        return plan(planYear) + "/figures." + format;
    }

    public static String youSaidWeDid(String slug) {
        return consultation(slug) + "/you-said-we-did";
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

    public static String meeting(String slug) {
        return MEETINGS + "/" + slug;
    }

    /** A page of a meeting: register, cancelled, or registration/{reference}. */
    public static String meeting(String slug, String page) {
        return meeting(slug) + "/" + page;
    }

    public static String meetingCalendar(String slug) {
        return meeting(slug) + ".ics";
    }

    public static String resume(String slug) {
        return consultation(slug) + "/resume";
    }
}
