package uk.gov.safervoices.portal.staff;

/**
 * Every staff URL, in one place. Everything under {@link #ROOT} goes through Micronaut Security (see
 * {@code micronaut.security.filter.pattern}); every controller method there must say who may use it with
 * {@code @Secured}, and {@code StaffRouteMatrixTest} fails for a route it does not know.
 */
public final class StaffRoutes {
    public static final String ROOT = "/admin";
    public static final String DASHBOARD = "/admin";
    public static final String SIGN_IN = "/admin/sign-in";
    public static final String SIGN_OUT = "/admin/sign-out";
    public static final String PASSWORD = "/admin/password";
    public static final String ACCOUNTS = "/admin/accounts";
    public static final String NEW_ACCOUNT = "/admin/accounts/new";
    public static final String ACCOUNT = "/admin/accounts/{id}";
    public static final String ACCOUNT_ROLES = "/admin/accounts/{id}/roles";
    public static final String ACCOUNT_DISABLE = "/admin/accounts/{id}/disable";
    public static final String ACCOUNT_ENABLE = "/admin/accounts/{id}/enable";
    public static final String ACCOUNT_UNLOCK = "/admin/accounts/{id}/unlock";
    public static final String ACCOUNT_RESET_PASSWORD = "/admin/accounts/{id}/reset-password";
    public static final String AUDIT = "/admin/audit";
    public static final String RESPONSES = "/admin/responses";
    public static final String RESPONSE = "/admin/responses/{id}";
    public static final String RESPONSE_MARK = "/admin/responses/{id}/mark";
    public static final String RESPONSE_RESTORE = "/admin/responses/{id}/restore";
    public static final String RESPONSE_REDACT = "/admin/responses/{id}/redact";
    public static final String RESPONSES_EXPORT = "/admin/responses/export";
    public static final String RESPONSES_EXPORT_CODEBOOK = "/admin/responses/export/codebook";
    public static final String RESPONSES_EXPORT_EQUALITY = "/admin/responses/export/equality";
    public static final String RESPONSES_ERASE = "/admin/responses/erase";
    public static final String RESPONSES_RETENTION = "/admin/responses/retention";
    public static final String RESPONSES_ENTER = "/admin/responses/enter";
    public static final String RESPONSES_INVITATIONS = "/admin/responses/invitations";
    public static final String RESPONSES_INVITATIONS_GENERATE = "/admin/responses/invitations/generate";
    public static final String RESPONSES_INVITATIONS_WITHDRAW = "/admin/responses/invitations/withdraw";
    public static final String QUESTIONNAIRES = "/admin/questionnaires";
    public static final String QUESTIONNAIRE = "/admin/questionnaires/{id}";
    public static final String QUESTIONNAIRE_IMPORT = "/admin/questionnaires/import";
    public static final String NEW_QUESTIONNAIRE = "/admin/questionnaires/new";
    public static final String QUESTIONNAIRE_YAML = "/admin/questionnaires/{id}/yaml";
    public static final String VERSION_EXPORT = "/admin/questionnaires/versions/{id}/export";
    public static final String VERSION_PREVIEW = "/admin/questionnaires/versions/{id}/preview";
    public static final String VERSION_PUBLISH = "/admin/questionnaires/versions/{id}/publish";
    public static final String VERSION_DISCARD = "/admin/questionnaires/versions/{id}/discard";
    public static final String VERSION_COPY_AS_DRAFT = "/admin/questionnaires/versions/{id}/copy-as-draft";
    public static final String VERSION_COPY = "/admin/questionnaires/versions/{id}/copy";
    public static final String VERSION_EDIT = "/admin/questionnaires/versions/{id}/edit";
    public static final String CONSULTATIONS = "/admin/consultations";
    public static final String CONSULTATION_SCHEDULE = "/admin/consultations/{id}/schedule";
    public static final String NEW_CONSULTATION = "/admin/consultations/new";
    public static final String ANALYSIS = "/admin/analysis";
    public static final String ANALYSIS_NEW_MARGINS = "/admin/analysis/margins/new";
    public static final String ANALYSIS_MARGINS = "/admin/analysis/margins/{id}";
    public static final String ANALYSIS_NEW_SCHEME = "/admin/analysis/schemes/new";
    public static final String ANALYSIS_SCHEME = "/admin/analysis/schemes/{id}";
    public static final String ANALYSIS_WEIGHTING = "/admin/analysis/consultations/{id}/weighting";
    public static final String ANALYSIS_RESULTS = "/admin/analysis/consultations/{id}/results";
    public static final String ANALYSIS_RESULTS_CSV = "/admin/analysis/consultations/{id}/results.csv";
    public static final String ANALYSIS_CONCERNS = "/admin/analysis/consultations/{id}/concerns";
    public static final String ANALYSIS_CODING = "/admin/analysis/consultations/{id}/coding";
    public static final String ANALYSIS_CODING_BULK = "/admin/analysis/consultations/{id}/coding/bulk";
    public static final String ANALYSIS_CODING_THEMES = "/admin/analysis/consultations/{id}/coding/themes";
    public static final String ANALYSIS_CODING_THEME = "/admin/analysis/consultations/{id}/coding/themes/{code}";
    public static final String ANALYSIS_CODING_THEME_RENAME = ANALYSIS_CODING_THEME + "/rename";
    public static final String ANALYSIS_CODING_THEME_MERGE = ANALYSIS_CODING_THEME + "/merge";
    public static final String ANALYSIS_CODING_THEME_DELETE = ANALYSIS_CODING_THEME + "/delete";
    public static final String ANALYSIS_CODING_EXPORT = "/admin/analysis/consultations/{id}/coding/export";
    public static final String PRIORITIES = "/admin/priorities";
    public static final String NEW_DECISION = "/admin/priorities/new";
    public static final String DECISION = "/admin/priorities/{id}";
    public static final String SUPERSEDE_DECISION = "/admin/priorities/{id}/supersede";
    public static final String MATRICES = "/admin/priorities/matrix";
    public static final String MATRIX = "/admin/priorities/matrix/{year}";
    public static final String MATRIX_SETTINGS = "/admin/priorities/matrix/{year}/settings";
    public static final String MATRIX_NEW_CRITERION = "/admin/priorities/matrix/{year}/criteria/new";
    public static final String MATRIX_CRITERION = "/admin/priorities/matrix/{year}/criteria/{code}";
    public static final String MATRIX_REMOVE_CRITERION = "/admin/priorities/matrix/{year}/criteria/{code}/remove";
    public static final String ENGAGEMENT = "/admin/engagement";
    public static final String ENGAGEMENT_YEAR = "/admin/engagement/{year}";
    public static final String PLANS = "/admin/plan";
    public static final String PLAN = "/admin/plan/{year}";
    public static final String PLAN_PREVIEW = "/admin/plan/{year}/preview";
    public static final String PLAN_PUBLISH = "/admin/plan/{year}/publish";
    public static final String CONCERNS = "/admin/concerns";
    public static final String CONCERNS_FILE = "/admin/concerns/concerns.yaml";
    public static final String NEW_CONCERN = "/admin/concerns/new";
    public static final String CONCERN_EDIT = "/admin/concerns/{code}/edit";
    public static final String CONCERN_DELETE = "/admin/concerns/{code}/delete";
    public static final String MEETINGS = "/admin/meetings";
    public static final String NEW_MEETING = "/admin/meetings/new";
    public static final String MEETING_AUTHORITIES = "/admin/meetings/authorities";
    public static final String MEETING_AUTHORITY_RETIRE = "/admin/meetings/authorities/{id}/retire";
    public static final String MEETING = "/admin/meetings/{id}";
    public static final String MEETING_EDIT = "/admin/meetings/{id}/edit";
    public static final String MEETING_PUBLISH = "/admin/meetings/{id}/publish";
    public static final String MEETING_CANCEL = "/admin/meetings/{id}/cancel";
    public static final String MEETING_REGISTRATIONS = "/admin/meetings/{id}/registrations";
    public static final String MEETING_RECORD = "/admin/meetings/{id}/record";
    public static final String MEETING_PUBLISH_DISCUSSION = "/admin/meetings/{id}/publish-discussion";
    public static final String CRIME = "/admin/analysis/crime";
    public static final String CRIME_IMPORT = "/admin/analysis/crime/import";
    public static final String CRIME_MAPPINGS = "/admin/analysis/crime/mappings";
    public static final String CRIME_LSOA_WARDS = "/admin/analysis/crime/lsoa-wards";

    private StaffRoutes() {
    }

    public static String account(long id) {
        return ACCOUNTS + "/" + id;
    }

    public static String accountAction(long id, String action) {
        return account(id) + "/" + action;
    }

    public static String response(long id) {
        return RESPONSES + "/" + id;
    }

    public static String responseAction(long id, String action) {
        return response(id) + "/" + action;
    }

    public static String questionnaire(long id) {
        return QUESTIONNAIRES + "/" + id;
    }

    public static String questionnaireYaml(long id) {
        return questionnaire(id) + "/yaml";
    }

    /** A version's page: {@code action} is export, preview, publish, discard, copy-as-draft, copy or edit. */
    public static String version(long versionId, String action) {
        return QUESTIONNAIRES + "/versions/" + versionId + "/" + action;
    }

    public static String consultationSchedule(long id) {
        return CONSULTATIONS + "/" + id + "/schedule";
    }

    /** A concern's page: {@code action} is edit or delete. */
    public static String concern(String code, String action) {
        return CONCERNS + "/" + code + "/" + action;
    }

    public static String decision(long id) {
        return PRIORITIES + "/" + id;
    }

    /** A plan year's priority matrix ("2026-27"). */
    public static String matrix(String planYear) {
        return MATRICES + "/" + planYear;
    }

    /** A page of a plan year's matrix: settings, criteria/new, criteria/{code} or criteria/{code}/remove. */
    public static String matrix(String planYear, String page) {
        return matrix(planYear) + "/" + page;
    }

    /** A plan year's engagement record ("2026-27"). */
    public static String engagement(String planYear) {
        return ENGAGEMENT + "/" + planYear;
    }

    /** A plan year's summary, as staff write it ("2026-27"). */
    public static String plan(String planYear) {
        return PLANS + "/" + planYear;
    }

    /** The page that retires a responsible authority (a confirmation, then the POST). */
    public static String authorityRetire(long id) {
        return MEETING_AUTHORITIES + "/" + id + "/retire";
    }

    public static String meeting(long id) {
        return MEETINGS + "/" + id;
    }

    /** A page of a meeting: edit, publish, cancel, registrations, record or publish-discussion. */
    public static String meeting(long id, String page) {
        return meeting(id) + "/" + page;
    }

    public static String marginSet(long id) {
        return ANALYSIS + "/margins/" + id;
    }

    public static String weightingScheme(long id) {
        return ANALYSIS + "/schemes/" + id;
    }

    /**
     * A consultation's analysis page: {@code page} is weighting, results, results.csv, concerns, coding,
     * coding/bulk, coding/themes or coding/export.
     */
    public static String analysis(long consultationId, String page) {
        return ANALYSIS + "/consultations/" + consultationId + "/" + page;
    }

    /**
     * A theme's page of a consultation's coding, by the theme's code without {@code theme:}; {@code action} is
     * null (the page), rename, merge or delete.
     */
    public static String codingTheme(long consultationId, String themeCode, String action) {
        return analysis(consultationId, "coding/themes/" + themeCode) + (action == null ? "" : "/" + action);
    }

    /** Whether a path is a staff page (the staff cookie and security apply). */
    public static boolean isStaffPath(String path) {
        return path.equals(ROOT) || path.startsWith(ROOT + "/");
    }
}
