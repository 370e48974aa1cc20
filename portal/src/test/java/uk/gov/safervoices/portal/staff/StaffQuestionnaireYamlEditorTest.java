package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing a questionnaire as file text: new drafts from published versions, errors by line, two editors. */
@MicronautTest(transactional = false)
class StaffQuestionnaireYamlEditorTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject QuestionnaireDesigns designs;
    @Inject QuestionnaireTransfers transfers;

    private StaffBrowser browser;

    @BeforeEach
    void signInAsConsultationTeam() {
        StaffAccount member = StaffFixtures.account(accounts, "editor", Role.CONSULTATION);
        browser = new StaffBrowser(server.getURI());
        browser.signIn(member.username(), StaffFixtures.PASSWORD);
    }

    @Test
    void editingAPublishedVersionMakesANewDraft_andThePublishedOneIsUnchanged() {
        String key = QuestionnaireFixtures.uniqueKey("edited");
        String original = QuestionnaireFixtures.smallSurvey(key, "Before");
        QuestionnaireVersion v1 = transfers.importFile("test", key + ".yaml", original).saved().version();
        designs.publish("test", v1.id());

        StaffBrowser.Page editor = browser.get(StaffRoutes.questionnaireYaml(v1.questionnaireId()));
        assertTrue(editor.html().contains(">" + original.replace("'", "&#x27;") + "</textarea>"), editor.html());
        String sha = editor.document().selectFirst("input[name=expectedSha]").val();
        assertEquals(v1.sourceSha256(), sha);

        String changed = original.replace("title: Before", "title: After");
        StaffBrowser.Page saved = browser.postWithToken(StaffRoutes.questionnaireYaml(v1.questionnaireId()),
                "yaml", changed.replace("\n", "\r\n"), "expectedSha", sha);
        assertEquals(303, saved.status(), saved.html());
        assertTrue(browser.follow(saved).text().contains("Draft version 2 saved. It can be published"));

        QuestionnaireOverview overview = overview(key);
        assertEquals(2, overview.versions().size());
        VersionSummary published = overview.versions().get(0);
        assertEquals(VersionSummary.State.PUBLISHED, published.state());
        assertEquals(v1.sourceSha256(), published.sourceSha256(), "the published version never changes");
        assertEquals(original, designs.open(published.id()).yaml());
        assertEquals(changed, designs.open(overview.draft().orElseThrow().id()).yaml());
    }

    @Test
    void aDraftWithErrorsIsSavedAndItsErrorsAreListedAgainstTheirLines() {
        String key = QuestionnaireFixtures.uniqueKey("errors");
        QuestionnaireVersion v1 = transfers.importFile("test", key + ".yaml",
                QuestionnaireFixtures.smallSurvey(key, "Errors")).saved().version();
        String broken = QuestionnaireFixtures.brokenSurvey(key);

        StaffBrowser.Page saved = browser.postWithToken(StaffRoutes.questionnaireYaml(v1.questionnaireId()),
                "yaml", broken, "expectedSha", v1.sourceSha256());
        assertEquals(303, saved.status(), saved.html());
        StaffBrowser.Page editor = browser.follow(saved);
        assertTrue(editor.text().contains("Draft version 1 saved, with 2 problems to correct"), editor.text());
        assertEquals(broken.strip(), editor.document().getElementById("yaml").val().strip(), "kept as typed");
        List<String> lines = editor.document().select("#validation-errors + table tbody tr td:first-child")
                .eachText();
        int typeLine = broken.lines().toList().indexOf("        type: essay") + 1;
        assertTrue(lines.contains(Integer.toString(typeLine)), typeLine + " in " + lines);

        StaffBrowser.Page refused = browser.postWithToken(StaffRoutes.version(v1.id(), "publish"));
        assertEquals(200, refused.status(), "still cannot be published");
        assertEquals(VersionSummary.State.DRAFT, overview(key).versions().get(0).state());
    }

    @Test
    void aSaveAfterSomeoneElsesChangeIsRefusedAndKeepsTheTypedText() {
        String key = QuestionnaireFixtures.uniqueKey("conflict");
        String original = QuestionnaireFixtures.smallSurvey(key, "Conflict");
        QuestionnaireVersion v1 = transfers.importFile("test", key + ".yaml", original).saved().version();
        designs.saveDraft("someone-else", v1.questionnaireId(), original.replace("Conflict", "Theirs"), null);

        String mine = original.replace("Conflict", "Mine");
        StaffBrowser.Page refused = browser.postWithToken(StaffRoutes.questionnaireYaml(v1.questionnaireId()),
                "yaml", mine, "expectedSha", v1.sourceSha256());
        assertEquals(200, refused.status());
        assertTrue(refused.errors().get(0).startsWith("Someone else saved or published version 1"),
                refused.errors().toString());
        assertEquals(mine.strip(), refused.document().getElementById("yaml").val().strip());
        assertTrue(designs.open(v1.id()).yaml().contains("title: Theirs"), "their change stays");
    }

    private QuestionnaireOverview overview(String key) {
        return designs.list().stream().filter(o -> o.questionnaire().questionnaireKey().equals(key)).findFirst()
                .orElseThrow();
    }
}
