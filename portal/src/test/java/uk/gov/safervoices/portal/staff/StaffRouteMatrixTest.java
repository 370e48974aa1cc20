package uk.gov.safervoices.portal.staff;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.StaffEntry;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireTransfers;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.weighting.MarginCsv;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.Evidence;
import uk.gov.safervoices.admin.priority.MatrixSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import io.micronaut.core.util.SupplierUtil;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may use every staff route. The routes come from Micronaut's router, so a new route under /admin that this
 * matrix does not list fails the test until someone decides who may use it; and a route whose controller forgot
 * its {@code @Secured} is refused to everyone by Micronaut Security, which fails its OK cells here.
 * Each cell is checked with a real request by a real signed-in (or signed-out) browser.
 */
@MicronautTest(transactional = false)
class StaffRouteMatrixTest {
    enum Persona { SIGNED_OUT, ADMIN, CONSULTATION, ANALYST, PARTNERSHIP, MUST_CHANGE_PASSWORD }

    enum Outcome {
        /** 200, a page. */
        OK,
        /** 303 to the sign-in page, nothing done. */
        SIGN_IN,
        /** 403 with the staff "no permission" page. */
        FORBIDDEN,
        /** 303 to the password page: a one-time password must be changed first. */
        CHANGE_PASSWORD,
        /** 303 elsewhere: the action was done (POST), or there is a better page (GET). */
        DONE,
        /** 303 to the sign-in page with "You have signed out". */
        SIGNED_OUT
    }

    private static final Map<String, Map<Persona, Outcome>> MATRIX = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /admin/sign-in", cells(Outcome.OK, Outcome.DONE, Outcome.DONE, Outcome.DONE)),
            Map.entry("POST /admin/sign-in", cells(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK)),
            Map.entry("GET /admin", signedIn(Outcome.OK)),
            Map.entry("GET /admin/password", cells(Outcome.SIGN_IN, Outcome.OK, Outcome.OK, Outcome.OK)),
            Map.entry("POST /admin/password", cells(Outcome.SIGN_IN, Outcome.OK, Outcome.OK, Outcome.OK)),
            Map.entry("POST /admin/sign-out",
                    cells(Outcome.SIGN_IN, Outcome.SIGNED_OUT, Outcome.SIGNED_OUT, Outcome.SIGNED_OUT)),
            Map.entry("GET /admin/accounts", adminOnly(Outcome.OK)),
            Map.entry("GET /admin/accounts/new", adminOnly(Outcome.OK)),
            Map.entry("POST /admin/accounts/new", adminOnly(Outcome.OK)),
            Map.entry("GET /admin/accounts/{id}", adminOnly(Outcome.OK)),
            Map.entry("POST /admin/accounts/{id}/roles", adminOnly(Outcome.OK)),
            Map.entry("POST /admin/accounts/{id}/disable", adminOnly(Outcome.DONE)),
            Map.entry("POST /admin/accounts/{id}/enable", adminOnly(Outcome.DONE)),
            Map.entry("POST /admin/accounts/{id}/unlock", adminOnly(Outcome.DONE)),
            Map.entry("POST /admin/accounts/{id}/reset-password", adminOnly(Outcome.DONE)),
            Map.entry("GET /admin/audit", adminOnly(Outcome.OK)),
            Map.entry("GET /admin/responses", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/responses/{id}", consultationOnly(Outcome.OK)),
            // posted without fields: the page again with an error (mark, redact) or nothing to undo (restore)
            Map.entry("POST /admin/responses/{id}/mark", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/responses/{id}/restore", consultationOnly(Outcome.DONE)),
            Map.entry("POST /admin/responses/{id}/redact", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/responses/export", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/responses/export", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/responses/export/codebook", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/responses/export/equality", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/responses/erase", consultationOrAdmin(Outcome.OK)),
            Map.entry("POST /admin/responses/erase", consultationOrAdmin(Outcome.OK)),
            Map.entry("GET /admin/responses/enter", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/responses/enter", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/responses/invitations", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/responses/invitations/generate", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/responses/invitations/withdraw", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/responses/retention", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/responses/retention", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/questionnaires", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/questionnaires/{id}", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/questionnaires/import", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/questionnaires/new", consultationOnly(Outcome.OK)),
            // posted without an id and title: the form again, asking for them
            Map.entry("POST /admin/questionnaires/new", consultationOnly(Outcome.OK)),
            // posted without a file: the form again, asking for one
            Map.entry("POST /admin/questionnaires/import", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/questionnaires/versions/{id}/export", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/questionnaires/versions/{id}/preview", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/questionnaires/versions/{id}/publish", consultationOnly(Outcome.DONE)),
            Map.entry("POST /admin/questionnaires/versions/{id}/discard", consultationOnly(Outcome.DONE)),
            Map.entry("POST /admin/questionnaires/versions/{id}/copy-as-draft", consultationOnly(Outcome.DONE)),
            Map.entry("GET /admin/questionnaires/versions/{id}/copy", consultationOnly(Outcome.OK)),
            // posted without an id and title: the form again, asking for them
            Map.entry("POST /admin/questionnaires/versions/{id}/copy", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/questionnaires/{id}/yaml", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/consultations", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/consultations/new", consultationOnly(Outcome.OK)),
            // posted without fields: the form again, naming what is missing
            Map.entry("POST /admin/consultations/new", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/consultations/{id}/schedule", consultationOnly(Outcome.OK)),
            // posted without dates: the form again, asking for them
            Map.entry("POST /admin/consultations/{id}/schedule", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/questionnaires/versions/{id}/edit", consultationOnly(Outcome.OK)),
            // posted without a change: the editor again, asking for one
            Map.entry("POST /admin/questionnaires/versions/{id}/edit", consultationOnly(Outcome.OK)),
            // posted without text: the editor again, asking for it
            Map.entry("POST /admin/questionnaires/{id}/yaml", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/analysis", analysisReaders(Outcome.OK)),
            Map.entry("GET /admin/analysis/consultations/{id}/weighting", analysisReaders(Outcome.OK)),
            Map.entry("GET /admin/analysis/consultations/{id}/results", analysisReaders(Outcome.OK)),
            Map.entry("GET /admin/analysis/consultations/{id}/results.csv", analysisReaders(Outcome.OK)),
            Map.entry("GET /admin/analysis/consultations/{id}/concerns", analysisReaders(Outcome.OK)),
            Map.entry("GET /admin/analysis/consultations/{id}/coding", analysisReaders(Outcome.OK)),
            // posted without answers: back to the page, saying there was nothing to save
            Map.entry("POST /admin/analysis/consultations/{id}/coding", analystOnly(Outcome.DONE)),
            // posted without a word, code or name: the page again, naming what is missing
            Map.entry("POST /admin/analysis/consultations/{id}/coding/bulk", analystOnly(Outcome.OK)),
            Map.entry("POST /admin/analysis/consultations/{id}/coding/themes", analystOnly(Outcome.OK)),
            Map.entry("GET /admin/analysis/consultations/{id}/coding/themes", analysisReaders(Outcome.OK)),
            // {code}: a fresh theme of the consultation, no answer coded with it
            Map.entry("GET /admin/analysis/consultations/{id}/coding/themes/{code}", analystOnly(Outcome.OK)),
            // posted without a name or a target: the theme's page again, asking for one
            Map.entry("POST /admin/analysis/consultations/{id}/coding/themes/{code}/rename", analystOnly(Outcome.OK)),
            Map.entry("POST /admin/analysis/consultations/{id}/coding/themes/{code}/merge", analystOnly(Outcome.OK)),
            Map.entry("POST /admin/analysis/consultations/{id}/coding/themes/{code}/delete",
                    analystOnly(Outcome.DONE)),
            // the probe's questionnaire has no free text: back to the coding page, saying there is nothing to download
            Map.entry("POST /admin/analysis/consultations/{id}/coding/export", analystOnly(Outcome.DONE)),
            Map.entry("GET /admin/analysis/margins/new", analystOnly(Outcome.OK)),
            // posted without fields (or figures): the form again, naming what is missing
            Map.entry("POST /admin/analysis/margins/new", analystOnly(Outcome.OK)),
            Map.entry("GET /admin/analysis/margins/{id}", analystOnly(Outcome.OK)),
            Map.entry("POST /admin/analysis/margins/{id}", analystOnly(Outcome.OK)),
            Map.entry("GET /admin/analysis/schemes/new", analystOnly(Outcome.OK)),
            Map.entry("POST /admin/analysis/schemes/new", analystOnly(Outcome.OK)),
            Map.entry("GET /admin/analysis/schemes/{id}", analystOnly(Outcome.OK)),
            Map.entry("POST /admin/analysis/schemes/{id}", analystOnly(Outcome.OK)),
            Map.entry("GET /admin/analysis/crime", analysisReaders(Outcome.OK)),
            Map.entry("GET /admin/priorities", partnershipOnly(Outcome.OK)),
            Map.entry("GET /admin/priorities/new", partnershipOnly(Outcome.OK)),
            // posted without fields: the form again, naming what is missing
            Map.entry("POST /admin/priorities/new", partnershipOnly(Outcome.OK)),
            Map.entry("GET /admin/priorities/{id}", partnershipOnly(Outcome.OK)),
            Map.entry("GET /admin/priorities/{id}/supersede", partnershipOnly(Outcome.OK)),
            // posted without fields: the form again, naming what is missing
            Map.entry("POST /admin/priorities/{id}/supersede", partnershipOnly(Outcome.OK)),
            Map.entry("GET /admin/engagement", engagementReaders(Outcome.DONE)),
            Map.entry("GET /admin/engagement/{year}", engagementReaders(Outcome.OK)),
            Map.entry("GET /admin/plan", planWriters(Outcome.OK)),
            Map.entry("GET /admin/plan/{year}", planWriters(Outcome.OK)),
            // posted without fields: the form again, naming what is missing
            Map.entry("POST /admin/plan/{year}", planWriters(Outcome.OK)),
            Map.entry("GET /admin/plan/{year}/preview", planWriters(Outcome.OK)),
            // each probe publishes another version of the probe's plan year: the first needs no note
            Map.entry("POST /admin/plan/{year}/publish", planWriters(Outcome.DONE)),
            Map.entry("GET /admin/priorities/matrix", analysisReaders(Outcome.OK)),
            Map.entry("GET /admin/priorities/matrix/{year}", analysisReaders(Outcome.OK)),
            Map.entry("GET /admin/priorities/matrix/{year}/settings", partnershipOnly(Outcome.OK)),
            // posted without fields: the form again, naming what is missing
            Map.entry("POST /admin/priorities/matrix/{year}/settings", partnershipOnly(Outcome.OK)),
            Map.entry("GET /admin/priorities/matrix/{year}/criteria/new", partnershipOnly(Outcome.OK)),
            Map.entry("POST /admin/priorities/matrix/{year}/criteria/new", partnershipOnly(Outcome.OK)),
            Map.entry("GET /admin/priorities/matrix/{year}/criteria/{code}", partnershipOnly(Outcome.OK)),
            Map.entry("POST /admin/priorities/matrix/{year}/criteria/{code}", partnershipOnly(Outcome.OK)),
            Map.entry("POST /admin/priorities/matrix/{year}/criteria/{code}/remove", partnershipOnly(Outcome.DONE)),
            Map.entry("GET /admin/meetings", meetingReaders(Outcome.OK)),
            Map.entry("GET /admin/meetings/new", consultationOnly(Outcome.OK)),
            // posted without fields: the form again, naming what is missing
            Map.entry("POST /admin/meetings/new", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/meetings/authorities", consultationOnly(Outcome.OK)),
            // posted without fields: every name stays as it was
            Map.entry("POST /admin/meetings/authorities", consultationOnly(Outcome.DONE)),
            // a fresh authority of the probe's own: the confirmation page, then retiring it
            Map.entry("GET /admin/meetings/authorities/{id}/retire", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/meetings/authorities/{id}/retire", consultationOnly(Outcome.DONE)),
            Map.entry("GET /admin/meetings/{id}", meetingReaders(Outcome.OK)),
            Map.entry("GET /admin/meetings/{id}/edit", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/meetings/{id}/edit", consultationOnly(Outcome.OK)),
            // posted without its revision: back to the meeting, saying nothing was done
            Map.entry("POST /admin/meetings/{id}/publish", consultationOnly(Outcome.DONE)),
            Map.entry("GET /admin/meetings/{id}/cancel", consultationOnly(Outcome.OK)),
            // posted without a reason: the form again, asking for one
            Map.entry("POST /admin/meetings/{id}/cancel", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/meetings/{id}/registrations", consultationOnly(Outcome.OK)),
            Map.entry("GET /admin/meetings/{id}/record", consultationOnly(Outcome.OK)),
            // posted without fields (and before the meeting): the form again, saying why
            Map.entry("POST /admin/meetings/{id}/record", consultationOnly(Outcome.OK)),
            Map.entry("POST /admin/meetings/{id}/publish-discussion", consultationOnly(Outcome.DONE)),
            Map.entry("GET /admin/analysis/crime/import", analystOnly(Outcome.OK)),
            // posted without files: the form again, asking for them
            Map.entry("POST /admin/analysis/crime/import", analystOnly(Outcome.OK)),
            Map.entry("GET /admin/analysis/crime/mappings", analysisReaders(Outcome.OK)),
            // posted without crime types: the form again, naming what is missing
            Map.entry("POST /admin/analysis/crime/mappings", analystOnly(Outcome.OK)),
            // posted without a file: the form again, asking for one
            Map.entry("POST /admin/analysis/crime/lsoa-wards", analystOnly(Outcome.OK)),
            Map.entry("GET /admin/concerns", concernReaders(Outcome.OK)),
            Map.entry("GET /admin/concerns/concerns.yaml", concernReaders(Outcome.OK)),
            Map.entry("GET /admin/concerns/new", concernEditors(Outcome.OK)),
            // posted without fields: the form again, naming what is missing
            Map.entry("POST /admin/concerns/new", concernEditors(Outcome.OK)),
            Map.entry("GET /admin/concerns/{code}/edit", concernEditors(Outcome.OK)),
            // posted without a name: the form again, asking for one
            Map.entry("POST /admin/concerns/{code}/edit", concernEditors(Outcome.OK)),
            // the probe's concern (asb) is in use: the catalogue again, saying what maps to it
            Map.entry("POST /admin/concerns/{code}/delete", concernEditors(Outcome.OK))));

    @Inject EmbeddedServer server;
    @Inject Router router;
    @Inject StaffAccounts accounts;
    @Inject Consultations consultations;
    @Inject Questionnaires questionnaires;
    @Inject StaffEntry staffEntry;
    @Inject QuestionnaireTransfers transfers;
    @Inject QuestionnaireDesigns designs;
    @Inject ResponseStore store;
    @Inject MarginSets marginSets;
    @Inject WeightingSchemes schemes;
    @Inject Decisions decisions;
    @Inject MatrixSettings matrixSettings;
    @Inject uk.gov.safervoices.admin.meeting.Meetings meetings;
    @Inject ResponsibleAuthorities authorities;
    /** The authorities made for the probes, retired afterwards so that no other test finds them current. */
    private final List<Long> probeAuthorities = new ArrayList<>();
    @Inject uk.gov.safervoices.admin.coding.FreeTextCoding coding;
    private static final java.util.concurrent.atomic.AtomicInteger THEMES = new java.util.concurrent.atomic
            .AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger MATRIX_YEARS = new java.util.concurrent.atomic
            .AtomicInteger((int) Math.floorMod(System.nanoTime(), 3000L));

    /** A consultation with responses and a weighting scheme, made once for the analysis routes. */
    private final Supplier<AnalysisFixtures.Seeded> analysed = SupplierUtil.memoized(() -> AnalysisFixtures.seed(
            consultations, questionnaires, store, marginSets, schemes, 40, 3L));

    @Test
    void theMatrixListsEveryStaffRouteTheRouterHas() {
        Set<String> routed = staffRoutes();
        assertEquals(new TreeSet<>(MATRIX.keySet()), routed,
                "Every route under /admin needs a row in this matrix (and every row a route)");
    }

    @Test
    void everyPersonaGetsTheExpectedOutcomeOnEveryStaffRoute() {
        StaffAccount target = StaffFixtures.account(accounts, "matrix-target", Role.PARTNERSHIP);
        long response = ResponseFixtures.enter(staffEntry, ResponseFixtures.consultation(consultations,
                questionnaires), Channel.PAPER, "Matrix").responseId();
        List<String> failures = new ArrayList<>();
        try {
            probeEveryRoute(target.id(), response, failures);
        } finally {
            probeAuthorities.forEach(id -> authorities.retire("test", id));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private void probeEveryRoute(long targetId, long response, List<String> failures) {
        for (Persona persona : Persona.values()) {
            StaffBrowser browser = signedIn(persona);
            // Signing out ends the persona's session, so it goes last.
            List<String> routes = new ArrayList<>(MATRIX.keySet());
            routes.sort((a, b) -> Boolean.compare(a.endsWith("/sign-out"), b.endsWith("/sign-out")));
            for (String route : routes) {
                Outcome expected = MATRIX.get(route).get(persona);
                Outcome actual = probe(browser, matrixRoute(route), idFor(route, targetId, response),
                        query(route));
                if (actual != expected) {
                    failures.add(persona + " " + route + ": expected " + expected + ", got " + actual);
                }
            }
        }
    }

    @Test
    void theRoleConstantsAreTheRolesNames() {
        assertEquals(Arrays.stream(Role.values()).map(Role::name).toList(),
                List.of(StaffAccess.ADMIN, StaffAccess.CONSULTATION, StaffAccess.ANALYST, StaffAccess.PARTNERSHIP));
    }

    private Set<String> staffRoutes() {
        return router.uriRoutes()
                .filter(route -> StaffRoutes.isStaffPath(route.getUriMatchTemplate().toPathString()))
                // Micronaut answers HEAD for every GET route, with the GET route's rules
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .map(StaffRouteMatrixTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethod() + " " + route.getUriMatchTemplate().toPathString();
    }

    private StaffBrowser signedIn(Persona persona) {
        StaffBrowser browser = new StaffBrowser(server.getURI());
        switch (persona) {
            case SIGNED_OUT -> browser.csrfToken();
            case MUST_CHANGE_PASSWORD -> {
                StaffAccounts.NewAccount account = StaffFixtures.oneTimeAccount(accounts, "matrix-otp", Role.ADMIN,
                        Role.CONSULTATION, Role.ANALYST, Role.PARTNERSHIP);
                browser.signIn(account.account().username(), account.oneTimePassword());
            }
            default -> {
                StaffAccount account = StaffFixtures.account(accounts, "matrix-" + persona.name().toLowerCase(),
                        Role.valueOf(persona.name()));
                browser.signIn(account.username(), StaffFixtures.PASSWORD);
            }
        }
        return browser;
    }

    /**
     * The id a route's {id} stands for: an account, a response for the response pages, a fresh responsible
     * authority for retiring one, or for the questionnaire design pages a fresh questionnaire
     * (each probe may change it: publish, discard) with a valid draft, or a published version where the route
     * needs one; a margin set or weighting scheme for the analysis pages.
     */
    private long idFor(String route, long accountId, long responseId) {
        if (route.contains(StaffRoutes.ANALYSIS + "/consultations/")) {
            return analysed.get().consultation().id();
        }
        if (route.contains(StaffRoutes.PRIORITIES + "/{id}")) {
            return decisions.record("test", new Decisions.NewDecision(QuestionnaireFixtures.uniqueKey("y").substring(0, 7),
                    "Board", java.time.LocalDate.of(2026, 3, 12), analysed.get().consultation().id(),
                    List.of(new Decisions.Priority("asb", "Residents' first concern")), new Evidence("Survey",
                    "Top?", "Scheme", 40, 40, 500, 1, "1/1/1", Instant.now(), List.of())));
        }
        if (route.contains(StaffRoutes.MEETING_AUTHORITIES + "/{id}")) {
            long id = authorities.add("test", "council", "Matrix council " + QuestionnaireFixtures.uniqueKey("a"));
            probeAuthorities.add(id);
            return id;
        }
        if (route.contains(StaffRoutes.MEETINGS + "/{id}")) {
            Instant start = Instant.now().plus(Duration.ofDays(30));
            return meetings.create("test", new uk.gov.safervoices.admin.meeting.MeetingDetails("Matrix meeting", null,
                    start, start.plus(Duration.ofHours(2)), "Town Hall", null, "Step-free", null, null, 10, null,
                    List.of())).id();
        }
        if (route.contains(StaffRoutes.ANALYSIS + "/margins/{id}")) {
            return marginSet().id();
        }
        if (route.contains(StaffRoutes.ANALYSIS + "/schemes/{id}")) {
            MarginSet margins = marginSet();
            return schemes.create("test", new WeightingSchemes.Settings(QuestionnaireFixtures.uniqueKey("matrix"),
                    margins.id(), margins.variables(), RakingOptions.MissingAnswers.REFUSE, false, null, null, 30,
                    List.of())).id();
        }
        if (route.contains(StaffRoutes.RESPONSES + "/")) {
            return responseId;
        }
        if (route.contains(StaffRoutes.CONSULTATIONS + "/")) {
            Instant now = Instant.now();
            return consultations.create(new Consultations.NewConsultation(QuestionnaireFixtures.uniqueKey("matrix"),
                    "Matrix", "Summary", null, null, now, now.plus(Duration.ofDays(30)), List.of())).id();
        }
        if (!route.contains(StaffRoutes.QUESTIONNAIRES + "/")) {
            return accountId;
        }
        String key = QuestionnaireFixtures.uniqueKey("matrix");
        QuestionnaireVersion draft = transfers.importFile("test", key + ".yaml",
                QuestionnaireFixtures.smallSurvey(key, "Matrix")).saved().version();
        if (route.endsWith("/copy-as-draft")) {
            designs.publish("test", draft.id());
        }
        return route.contains("/versions/") ? draft.id() : draft.questionnaireId();
    }

    /**
     * A route for a plan year: a plan summary route with a fresh plan year's decision, a matrix route with a fresh
     * plan year's matrix (and a criterion of its own) for {year} and {code}; a coding theme's route with a fresh
     * theme of the analysis consultation for {code}.
     */
    private String matrixRoute(String route) {
        if (route.contains("/coding/themes/{code}")) {
            String theme = coding.createTheme("test", analysed.get().consultation().id(), "Matrix theme "
                    + THEMES.incrementAndGet(), null);
            return route.replace("{code}", theme.substring("theme:".length()));
        }
        if (!route.contains("{year}")) {
            return route;
        }
        String year = MatrixSettings.planYear(3000 + MATRIX_YEARS.incrementAndGet());
        if (route.contains(StaffRoutes.PLANS + "/")) {
            decisions.record("test", new Decisions.NewDecision(year, "Board", java.time.LocalDate.of(2026, 3, 12),
                    analysed.get().consultation().id(), List.of(new Decisions.Priority("asb", "First concern")),
                    new Evidence("Survey", "Top?", "Scheme", 40, 40, 500, 1, "1/1/1", Instant.now(), List.of())));
            return route.replace("{year}", year);
        }
        matrixSettings.save("test", year, 0, new MatrixSettings.Sources(null, null, null, Map.of()));
        String code = matrixSettings.addCriterion("test", year, 1, "Capacity to act", "", true, 1);
        return route.replace("{year}", year).replace("{code}", code);
    }

    private MarginSet marginSet() {
        return marginSets.create("test", new MarginSets.Description(QuestionnaireFixtures.uniqueKey("matrix"),
                "Example Borough", "ONS"), MarginCsv.read("variable,category,population\nsex,female,10\nsex,male,9\n")
                .margins());
    }

    /**
     * The analysis pages of a consultation name the seeded scheme: by default they take the first scheme by name,
     * which other tests' schemes (made to be refused) may precede.
     */
    private String query(String route) {
        return route.contains(StaffRoutes.ANALYSIS + "/consultations/") ? "?scheme=" + analysed.get().scheme().id()
                : "";
    }

    private static Outcome probe(StaffBrowser browser, String route, long targetId, String query) {
        String[] parts = route.split(" ", 2);
        String path = parts[1].replace("{id}", Long.toString(targetId)).replace("{code}", "asb") + query;
        StaffBrowser.Page page = HttpMethod.valueOf(parts[0]) == HttpMethod.GET ? browser.getOnce(path)
                : browser.postWithToken(path);
        return switch (page.status()) {
            case 200 -> Outcome.OK;
            case 403 -> {
                assertEquals("You do not have permission to see this page", page.heading(), route);
                assertTrue(page.title().endsWith("Safer Voices staff"), page.title());
                yield Outcome.FORBIDDEN;
            }
            case 303 -> {
                String location = page.location().orElseThrow();
                if (location.equals(StaffRoutes.SIGN_IN)) {
                    yield page.setCookie("sv_staff_notice").isPresent() ? Outcome.SIGNED_OUT : Outcome.SIGN_IN;
                }
                yield location.equals(StaffRoutes.PASSWORD) ? Outcome.CHANGE_PASSWORD : Outcome.DONE;
            }
            default -> throw new AssertionError(route + " answered " + page.status() + ":\n" + page.html());
        };
    }

    /** Cells for: signed out, each of the four roles (all alike), and someone who must change their password. */
    private static Map<Persona, Outcome> cells(Outcome signedOut, Outcome everyRole, Outcome admin,
                                               Outcome mustChange) {
        Map<Persona, Outcome> cells = new EnumMap<>(Persona.class);
        cells.put(Persona.SIGNED_OUT, signedOut);
        for (Persona role : List.of(Persona.CONSULTATION, Persona.ANALYST, Persona.PARTNERSHIP)) {
            cells.put(role, everyRole);
        }
        cells.put(Persona.ADMIN, admin);
        cells.put(Persona.MUST_CHANGE_PASSWORD, mustChange);
        return cells;
    }

    private static Map<Persona, Outcome> signedIn(Outcome outcome) {
        return cells(Outcome.SIGN_IN, outcome, outcome, Outcome.CHANGE_PASSWORD);
    }

    /** Cells for a page of the CONSULTATION role alone (administrators and analysts are refused). */
    private static Map<Persona, Outcome> consultationOnly(Outcome outcome) {
        Map<Persona, Outcome> cells = cells(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                Outcome.CHANGE_PASSWORD);
        cells.put(Persona.CONSULTATION, outcome);
        return cells;
    }

    private static Map<Persona, Outcome> consultationOrAdmin(Outcome outcome) {
        Map<Persona, Outcome> cells = consultationOnly(outcome);
        cells.put(Persona.ADMIN, outcome);
        return cells;
    }

    /** Cells for a page analysts and partnership members may read (administrators and the consultation team may not). */
    private static Map<Persona, Outcome> analysisReaders(Outcome outcome) {
        Map<Persona, Outcome> cells = cells(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                Outcome.CHANGE_PASSWORD);
        cells.put(Persona.ANALYST, outcome);
        cells.put(Persona.PARTNERSHIP, outcome);
        return cells;
    }

    /** Cells for a meeting page the consultation team and partnership members may read. */
    private static Map<Persona, Outcome> meetingReaders(Outcome outcome) {
        Map<Persona, Outcome> cells = consultationOnly(outcome);
        cells.put(Persona.PARTNERSHIP, outcome);
        return cells;
    }

    /** Cells for a page of the PARTNERSHIP role alone (administrators are refused too). */
    private static Map<Persona, Outcome> engagementReaders(Outcome outcome) {
        Map<Persona, Outcome> cells = cells(Outcome.SIGN_IN, outcome, Outcome.FORBIDDEN, Outcome.CHANGE_PASSWORD);
        return cells;
    }

    private static Map<Persona, Outcome> planWriters(Outcome outcome) {
        Map<Persona, Outcome> cells = cells(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                Outcome.CHANGE_PASSWORD);
        cells.put(Persona.CONSULTATION, outcome);
        cells.put(Persona.PARTNERSHIP, outcome);
        return cells;
    }

    private static Map<Persona, Outcome> partnershipOnly(Outcome outcome) {
        Map<Persona, Outcome> cells = cells(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                Outcome.CHANGE_PASSWORD);
        cells.put(Persona.PARTNERSHIP, outcome);
        return cells;
    }

    /** Cells for the concern catalogue's changes: the consultation team and analysts (ADR 0024). */
    private static Map<Persona, Outcome> concernEditors(Outcome outcome) {
        Map<Persona, Outcome> cells = cells(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                Outcome.CHANGE_PASSWORD);
        cells.put(Persona.CONSULTATION, outcome);
        cells.put(Persona.ANALYST, outcome);
        return cells;
    }

    /** Cells for reading the concern catalogue: its editors and partnership members. */
    private static Map<Persona, Outcome> concernReaders(Outcome outcome) {
        Map<Persona, Outcome> cells = concernEditors(outcome);
        cells.put(Persona.PARTNERSHIP, outcome);
        return cells;
    }

    /** Cells for a page of the ANALYST role alone (administrators are refused too). */
    private static Map<Persona, Outcome> analystOnly(Outcome outcome) {
        Map<Persona, Outcome> cells = cells(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                Outcome.CHANGE_PASSWORD);
        cells.put(Persona.ANALYST, outcome);
        return cells;
    }

    private static Map<Persona, Outcome> adminOnly(Outcome outcome) {
        return cells(Outcome.SIGN_IN, Outcome.FORBIDDEN, outcome, Outcome.CHANGE_PASSWORD);
    }
}
