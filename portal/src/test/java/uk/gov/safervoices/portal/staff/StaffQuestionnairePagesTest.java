package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireOverview;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireTransfers;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.VersionSummary;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A member of the consultation team listing, importing and exporting questionnaires through the pages. */
@MicronautTest(transactional = false)
class StaffQuestionnairePagesTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject QuestionnaireDesigns designs;
    @Inject QuestionnaireTransfers transfers;

    private StaffBrowser browser;

    @BeforeEach
    void signInAsConsultationTeam() {
        StaffAccount member = StaffFixtures.account(accounts, "designer", Role.CONSULTATION);
        browser = new StaffBrowser(server.getURI());
        browser.signIn(member.username(), StaffFixtures.PASSWORD);
    }

    @Test
    void theListAndOverviewShowEachQuestionnaireWithItsVersionsAndTheirStates() {
        String key = QuestionnaireFixtures.uniqueKey("listed");
        QuestionnaireVersion v1 = importDraft(key, "Listed <survey>");
        designs.publish("test", v1.id());
        QuestionnaireVersion v2 = designs.saveDraft("test", v1.questionnaireId(),
                QuestionnaireFixtures.smallSurvey(key, "Listed again"), null).version();

        StaffBrowser.Page list = browser.get(StaffRoutes.QUESTIONNAIRES);
        assertEquals(200, list.status());
        assertTrue(list.navigation().contains("Questionnaires"), list.navigation().toString());
        Element row = list.document().select("tbody tr").stream()
                .filter(r -> r.text().contains(key)).findFirst().orElseThrow(() -> new AssertionError(list.html()));
        assertEquals("Listed <survey>", row.selectFirst("a").text(), "titles are escaped text");
        assertTrue(list.html().contains("Listed &lt;survey&gt;"));
        assertTrue(row.text().contains("Version 2"), row.text());
        assertTrue(row.text().contains("Draft"), row.text());

        StaffBrowser.Page overview = browser.get(row.selectFirst("a").attr("href"));
        assertEquals("Listed <survey>", overview.heading());
        Element draft = overview.document().getElementById("version-2");
        Element published = overview.document().getElementById("version-1");
        assertNotNull(draft, overview.html());
        assertTrue(draft.text().contains("Draft"));
        assertTrue(published.text().contains("Published"));
        assertNotNull(draft.selectFirst("form[action=" + StaffRoutes.version(v2.id(), "publish") + "]"));
        assertEquals(browser.csrfToken(), draft.selectFirst("input[name=csrfToken]").val());
        assertTrue(published.select("form[action$=/publish]").isEmpty(), "only a draft is published");
        assertNotNull(published.selectFirst("a[href=" + StaffRoutes.version(v1.id(), "preview") + "]"));
        assertNotNull(published.selectFirst("a[href=" + StaffRoutes.version(v1.id(), "export") + "]"));
    }

    @Test
    void aBrokenFileShowsEveryErrorWithItsCodeAndLineAndStoresNothing() {
        String key = QuestionnaireFixtures.uniqueKey("broken");
        String broken = QuestionnaireFixtures.brokenSurvey(key);
        StaffBrowser.Page page = browser.postMultipart(StaffRoutes.QUESTIONNAIRE_IMPORT, "file", key + ".yaml",
                broken, "csrfToken", browser.csrfToken());

        assertEquals(200, page.status(), page.html());
        assertTrue(page.title().startsWith("Error: "), page.title());
        List<String> errors = page.errors();
        assertEquals(2, errors.size(), errors.toString());
        List<String> rows = page.document().select("#validation-errors tbody tr").eachText();
        assertEquals(2, rows.size());
        int duplicateLine = lineOf(broken, "{ id: park, label: The station }");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("SV") && r.contains(" " + duplicateLine + " ")),
                "the duplicate choice at line " + duplicateLine + ": " + rows);
        int typeLine = lineOf(broken, "type: essay");
        assertTrue(rows.stream().anyMatch(r -> r.contains(" " + typeLine + " ")), rows.toString());
        assertTrue(errors.stream().allMatch(e -> e.matches("SV\\d{3} line \\d+, column \\d+: .+")), errors.toString());
        assertTrue(designs.list().stream().noneMatch(o -> o.questionnaire().questionnaireKey().equals(key)),
                "nothing saved");
    }

    @Test
    void pastedTextIsImportedToo_andAnEmptyFormAsksForAFile() {
        StaffBrowser.Page empty = browser.postMultipart(StaffRoutes.QUESTIONNAIRE_IMPORT, "file", "", "",
                "csrfToken", browser.csrfToken(), "yaml", "");
        assertEquals(List.of("Choose a questionnaire file, or paste the text of one"), empty.errors());

        String key = QuestionnaireFixtures.uniqueKey("pasted");
        StaffBrowser.Page pasted = browser.postWithToken(StaffRoutes.QUESTIONNAIRE_IMPORT, "yaml",
                QuestionnaireFixtures.smallSurvey(key, "Pasted"));
        assertEquals(303, pasted.status(), pasted.html());
        assertEquals(VersionSummary.State.DRAFT, overview(key).orElseThrow().versions().get(0).state());
    }

    @Test
    void aFileWithoutTheCsrfTokenIsRefused() {
        String key = QuestionnaireFixtures.uniqueKey("forged");
        StaffBrowser.Page page = browser.postMultipart(StaffRoutes.QUESTIONNAIRE_IMPORT, "file", key + ".yaml",
                QuestionnaireFixtures.smallSurvey(key, "Forged"), "csrfToken", "not-the-token");
        assertEquals(403, page.status());
        assertTrue(overview(key).isEmpty());
    }

    @Test
    void aValidFileBecomesADraft_andItsExportIsTheStoredTextWhichImportsBackToTheSameDefinition() {
        String key = QuestionnaireFixtures.uniqueKey("valid");
        String yaml = "# With a comment\n" + QuestionnaireFixtures.smallSurvey(key, "Valid");
        StaffBrowser.Page posted = browser.postMultipart(StaffRoutes.QUESTIONNAIRE_IMPORT, "file", key + ".yaml",
                yaml, "csrfToken", browser.csrfToken());
        assertEquals(303, posted.status(), posted.html());
        QuestionnaireOverview overview = overview(key).orElseThrow();
        assertEquals(StaffRoutes.questionnaire(overview.questionnaire().id()), posted.location().orElseThrow());
        VersionSummary draft = overview.draft().orElseThrow();
        assertTrue(browser.follow(posted).text().contains("Imported as draft version 1"));

        StaffBrowser.Page exported = browser.getOnce(StaffRoutes.version(draft.id(), "export"));
        assertEquals(200, exported.status());
        assertEquals(yaml, exported.html(), "the text exactly as stored");
        assertEquals("attachment; filename=\"" + key + ".yaml\"", exported.header("Content-Disposition"));
        assertTrue(exported.header("Content-Type").startsWith("application/yaml"));

        designs.publish("test", draft.id());
        StaffBrowser.Page again = browser.postMultipart(StaffRoutes.QUESTIONNAIRE_IMPORT, "file", key + ".yaml",
                exported.html(), "csrfToken", browser.csrfToken());
        assertEquals(303, again.status(), again.html());
        VersionSummary second = overview(key).orElseThrow().draft().orElseThrow();
        assertEquals(2, second.versionNumber());
        assertEquals(designs.open(draft.id()).definition(), designs.open(second.id()).definition());
    }

    @Test
    void aNewQuestionnaireStartsAsAnEmptyDraftInTheFormEditor() {
        String key = QuestionnaireFixtures.uniqueKey("new");
        StaffBrowser.Page missing = browser.postWithToken(StaffRoutes.NEW_QUESTIONNAIRE, "key", "", "kind", "survey",
                "title", "");
        assertEquals(List.of("Enter an id for the questionnaire", "Enter a title for the questionnaire"),
                missing.errors());
        StaffBrowser.Page badId = browser.postWithToken(StaffRoutes.NEW_QUESTIONNAIRE, "key", "Not An Id",
                "kind", "survey", "title", "Bad");
        assertEquals(1, badId.errors().size(), badId.html());

        StaffBrowser.Page created = browser.postWithToken(StaffRoutes.NEW_QUESTIONNAIRE, "key", key,
                "kind", "meeting_feedback", "title", "Meeting in the park");
        assertEquals(303, created.status(), created.html());
        QuestionnaireOverview overview = overview(key).orElseThrow();
        assertEquals("Meeting in the park", overview.questionnaire().title());
        assertEquals("MEETING_FEEDBACK", overview.questionnaire().kind());
        VersionSummary draft = overview.draft().orElseThrow();
        assertEquals(StaffRoutes.version(draft.id(), "edit"), created.location().orElseThrow());
        StaffBrowser.Page editor = browser.follow(created);
        assertEquals("Edit version 1", editor.heading());
        assertNotNull(editor.document().getElementById("add-section"));
    }

    private QuestionnaireVersion importDraft(String key, String title) {
        return transfers.importFile("test", key + ".yaml", QuestionnaireFixtures.smallSurvey(key, title)).saved()
                .version();
    }

    private Optional<QuestionnaireOverview> overview(String key) {
        return designs.list().stream().filter(o -> o.questionnaire().questionnaireKey().equals(key)).findFirst();
    }

    private static int lineOf(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part);
    }
}
