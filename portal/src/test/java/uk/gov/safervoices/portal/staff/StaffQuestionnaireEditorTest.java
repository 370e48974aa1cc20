package uk.gov.safervoices.portal.staff;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
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
import uk.gov.safervoices.definitions.model.Choice;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form editor: questionnaire details, sections and questions through GOV.UK forms, errors at their place. */
@MicronautTest(transactional = false)
class StaffQuestionnaireEditorTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject QuestionnaireDesigns designs;
    @Inject QuestionnaireTransfers transfers;

    private StaffBrowser browser;

    @BeforeEach
    void signInAsConsultationTeam() {
        StaffAccount member = StaffFixtures.account(accounts, "form-editor", Role.CONSULTATION);
        browser = new StaffBrowser(server.getURI());
        browser.signIn(member.username(), StaffFixtures.PASSWORD);
    }

    @Test
    void editingAQuestionOfAPublishedVersionMakesANewDraftAndLeavesThePublishedOneAlone() {
        String key = QuestionnaireFixtures.uniqueKey("form-published");
        QuestionnaireVersion v1 = importDraft(key);
        designs.publish("test", v1.id());

        StaffBrowser.Page editor = browser.get(StaffRoutes.version(v1.id(), "edit"));
        assertEquals(200, editor.status(), editor.html());
        Element form = questionForm(editor.document(), "places");
        assertEquals(browser.csrfToken(), form.selectFirst("input[name=csrfToken]").val(), "nested forms carry it");
        assertEquals(v1.sourceSha256(), form.selectFirst("input[name=expectedSha]").val());
        assertEquals("park | The park\nstation | The station\nnowhere | Nowhere | exclusive",
                form.selectFirst("textarea[name=choices]").val().strip());

        StaffBrowser.Page saved = post(v1.id(), form, "questionText", "Where do you feel least safe?",
                "choices", "park | The park\nstation | The railway station\nnowhere | Nowhere\nbus | The bus stop");
        assertEquals(303, saved.status(), saved.html());
        QuestionnaireOverview overview = overview(key);
        VersionSummary draft = overview.draft().orElseThrow();
        assertEquals(2, draft.versionNumber());
        assertEquals(StaffRoutes.version(draft.id(), "edit") + "#question-places", saved.location().orElseThrow());
        assertTrue(browser.follow(saved).text().contains("Question saved as new draft version 2"));

        Question edited = designs.open(draft.id()).definition().question("places").orElseThrow();
        assertEquals("Where do you feel least safe?", edited.text());
        assertEquals(List.of("park", "station", "nowhere", "bus"), edited.choices().stream().map(Choice::id).toList());
        assertEquals("The railway station", edited.choices().get(1).label());
        assertTrue(edited.choices().get(2).exclusive(), "a kept choice keeps its settings");
        Question original = designs.open(v1.id()).definition().question("places").orElseThrow();
        assertEquals("Where do you feel unsafe?", original.text());
        assertEquals(v1.sourceSha256(), overview.versions().get(0).sourceSha256(), "the published one is unchanged");
    }

    @Test
    void sectionsAndQuestionsAreAddedMovedAndRemoved_andTheDetailsChanged() {
        String key = QuestionnaireFixtures.uniqueKey("form-sections");
        QuestionnaireVersion v1 = importDraft(key);
        Document page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();

        assertEquals(303, post(v1.id(), page.getElementById("add-section"), "sectionId", "about_you",
                "sectionTitle", "About you").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        Element addQuestion = page.selectFirst("#section-about_you form:has(input[name=action][value=add-question])");
        assertEquals(303, post(v1.id(), addQuestion, "questionId", "victim", "questionType", "single_choice",
                "questionText", "Have you been a victim of crime?").status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        Element moveUp = page.selectFirst("#section-about_you form:has(input[value=move-section]):has(input[value=up])");
        assertEquals(303, post(v1.id(), moveUp).status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        Element remove = page.selectFirst("#question-comments form:has(input[value=remove-question])");
        assertEquals(303, post(v1.id(), remove).status());
        page = browser.get(StaffRoutes.version(v1.id(), "edit")).document();
        assertEquals(303, post(v1.id(), page.getElementById("details"), "title", "Renamed survey").status());

        Questionnaire q = designs.open(v1.id()).definition();
        assertEquals("Renamed survey", q.title());
        assertEquals(List.of("safety", "about_you", "priorities"), q.sections().stream().map(s -> s.id()).toList());
        assertEquals(QuestionType.SINGLE_CHOICE, q.question("victim").orElseThrow().type());
        assertTrue(q.question("comments").isEmpty());
        assertEquals(1, overview(key).versions().size(), "a draft is changed in place");

        StaffBrowser.Page shown = browser.get(StaffRoutes.version(v1.id(), "edit"));
        Element victim = shown.document().getElementById("question-victim");
        assertNotNull(victim);
        assertTrue(victim.select(".govuk-error-message").size() >= 1,
                "the new question without choices has its error next to it: " + victim.text());
        assertTrue(shown.document().select("#question-safe_after_dark .govuk-error-message").isEmpty(),
                "and not next to another question");
    }

    @Test
    void aRefusedChangeSavesNothingAndShowsTheReasonAndTheTypedValuesBesideTheQuestion() {
        String key = QuestionnaireFixtures.uniqueKey("form-refused");
        QuestionnaireVersion v1 = importDraft(key);
        StaffBrowser.Page editor = browser.get(StaffRoutes.version(v1.id(), "edit"));
        StaffBrowser.Page refused = post(v1.id(), questionForm(editor.document(), "places"), "questionId", "day",
                "questionText", "Typed text that was not saved");
        assertEquals(200, refused.status());
        assertTrue(refused.title().startsWith("Error: "));
        assertTrue(refused.document().select("#question-places .govuk-error-message").size() >= 1,
                refused.document().select(".govuk-error-summary a").outerHtml());
        assertEquals("Typed text that was not saved",
                questionForm(refused.document(), "places").selectFirst("textarea[name=questionText]").val());
        assertEquals(v1.sourceSha256(), overview(key).versions().get(0).sourceSha256(), "nothing saved");
    }

    @Test
    void aChangeFromAPageOpenedBeforeSomeoneElsesIsRefused() {
        String key = QuestionnaireFixtures.uniqueKey("form-stale");
        QuestionnaireVersion v1 = importDraft(key);
        StaffBrowser.Page editor = browser.get(StaffRoutes.version(v1.id(), "edit"));
        designs.saveDraft("someone-else", v1.questionnaireId(),
                QuestionnaireFixtures.smallSurvey(key, "Theirs"), null);
        StaffBrowser.Page refused = post(v1.id(), editor.document().getElementById("details"), "title", "Mine");
        assertEquals(200, refused.status());
        assertTrue(refused.errors().get(0).startsWith("Someone else changed this questionnaire"),
                refused.errors().toString());
        assertEquals("Theirs", designs.open(v1.id()).definition().title());
    }

    @Test
    void theShippedSurveyWithItsEqualitySectionOpensInTheEditorAndThePreview() {
        VersionSummary latest = overview("community-safety-survey").versions().stream()
                .reduce((a, b) -> b).orElseThrow();
        StaffBrowser.Page editor = browser.get(StaffRoutes.version(latest.id(), "edit"));
        assertEquals(200, editor.status(), editor.html());
        assertTrue(editor.document().select("form:has(input[value=update-question])").size() > 10);
        StaffBrowser.Page preview = browser.get(StaffRoutes.version(latest.id(), "preview"));
        assertEquals(200, preview.status(), preview.html());
        assertTrue(preview.document().select(".sv-preview__section").size() > 3, preview.text());
    }

    private StaffBrowser.Page post(long versionId, Element form, String... overrides) {
        java.util.LinkedHashMap<String, String> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            if ((input.attr("type").equals("checkbox") || input.attr("type").equals("radio"))
                    && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("select")
                    ? input.select("option[selected]").val() : input.val();
            fields.put(input.attr("name"), value);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.remove("csrfToken");
        String[] flat = fields.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
        return browser.postWithToken(StaffRoutes.version(versionId, "edit"), flat);
    }

    private static Element questionForm(Document document, String questionId) {
        return document.selectFirst("#question-" + questionId + " form:has(input[value=update-question])");
    }

    private QuestionnaireVersion importDraft(String key) {
        return transfers.importFile("test", key + ".yaml", QuestionnaireFixtures.smallSurvey(key, key)).saved()
                .version();
    }

    private QuestionnaireOverview overview(String key) {
        return designs.list().stream().filter(o -> o.questionnaire().questionnaireKey().equals(key)).findFirst()
                .orElseThrow();
    }
}
