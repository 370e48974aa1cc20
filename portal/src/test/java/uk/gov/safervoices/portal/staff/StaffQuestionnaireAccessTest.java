package uk.gov.safervoices.portal.staff;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireTransfers;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.VersionSummary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 4's "done when": an analyst cannot reach the design pages, nor change anything through them. */
@MicronautTest(transactional = false)
class StaffQuestionnaireAccessTest {
    @Inject EmbeddedServer server;
    @Inject Router router;
    @Inject StaffAccounts accounts;
    @Inject QuestionnaireDesigns designs;
    @Inject QuestionnaireTransfers transfers;

    @Test
    void anAnalystGets403OnEveryDesignAndScheduleRouteAndChangesNothing() {
        String key = QuestionnaireFixtures.uniqueKey("analyst");
        QuestionnaireVersion draft = transfers.importFile("test", key + ".yaml",
                QuestionnaireFixtures.smallSurvey(key, "Analyst")).saved().version();
        StaffAccount analyst = StaffFixtures.account(accounts, "analyst", Role.ANALYST);
        StaffBrowser browser = new StaffBrowser(server.getURI());
        browser.signIn(analyst.username(), StaffFixtures.PASSWORD);

        List<String> routes = router.uriRoutes()
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toPathString())
                .filter(r -> r.contains(" " + StaffRoutes.QUESTIONNAIRES) || r.contains(" " + StaffRoutes.CONSULTATIONS))
                .distinct().toList();
        assertTrue(routes.size() >= 15, routes.toString());
        for (String route : routes) {
            String[] parts = route.split(" ", 2);
            String path = parts[1].replace("{id}", Long.toString(parts[1].contains("/versions/")
                    ? draft.id() : draft.questionnaireId()));
            StaffBrowser.Page page = parts[0].equals("GET") ? browser.getOnce(path)
                    : browser.postWithToken(path, "yaml", "id: x", "key", key + "-copy", "title", "Copy");
            assertEquals(403, page.status(), route);
            assertEquals("You do not have permission to see this page", page.heading(), route);
        }
        List<VersionSummary> versions = designs.list().stream()
                .filter(o -> o.questionnaire().questionnaireKey().equals(key)).findFirst().orElseThrow().versions();
        assertEquals(1, versions.size());
        assertEquals(VersionSummary.State.DRAFT, versions.get(0).state());
        assertEquals(draft.sourceSha256(), versions.get(0).sourceSha256());
        assertTrue(designs.list().stream().noneMatch(o -> o.questionnaire().questionnaireKey().equals(key + "-copy")));
        assertFalse(browser.get(StaffRoutes.DASHBOARD).navigation().contains("Questionnaires"));
    }
}
