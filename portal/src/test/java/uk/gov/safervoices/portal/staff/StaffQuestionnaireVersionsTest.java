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

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Previewing, publishing, discarding and copying versions through the questionnaire pages. */
@MicronautTest(transactional = false)
class StaffQuestionnaireVersionsTest {
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject QuestionnaireDesigns designs;
    @Inject QuestionnaireTransfers transfers;

    private StaffBrowser browser;

    @BeforeEach
    void signInAsConsultationTeam() {
        StaffAccount member = StaffFixtures.account(accounts, "versions", Role.CONSULTATION);
        browser = new StaffBrowser(server.getURI());
        browser.signIn(member.username(), StaffFixtures.PASSWORD);
    }

    @Test
    void thePreviewShowsEverySectionsQuestionsAsResidentsSeeThemWithNothingToSubmit() {
        String key = QuestionnaireFixtures.uniqueKey("preview");
        QuestionnaireVersion draft = importDraft(key);
        StaffBrowser.Page page = browser.get(StaffRoutes.version(draft.id(), "preview"));
        assertEquals(200, page.status(), page.html());
        Document document = page.document();
        assertEquals("Preview", document.selectFirst(".govuk-notification-banner__title").text());
        assertEquals(key, page.heading());
        assertEquals("Preview: " + key + " - Safer Voices staff", page.title());
        assertEquals(List.of("Feeling safe", "Priorities"), document.select(".sv-preview__section h2").eachText());
        String text = page.text();
        for (String question : List.of("How safe do you feel walking alone in this area after dark?",
                "Where do you feel unsafe? (optional)", "What should we deal with first? (optional)",
                "Anything else? (optional)")) {
            assertTrue(text.contains(question), question + " in " + text);
        }
        assertNotNull(document.selectFirst("input[type=radio][value=very_safe]"), "the scale's radios");
        assertNotNull(document.selectFirst("input[type=checkbox][value=nowhere]"));
        assertNotNull(document.selectFirst("textarea"));
        Element fields = document.selectFirst("form.sv-preview > fieldset[disabled]");
        assertNotNull(fields, "every field disabled");
        assertTrue(document.select("form.sv-preview button, form.sv-preview [type=submit]").isEmpty(),
                "nothing to submit");
        assertTrue(document.select("form[method=post]").stream()
                .allMatch(f -> f.attr("action").equals(StaffRoutes.SIGN_OUT)), "no form posts anywhere but sign-out");

        StaffBrowser.Page second = browser.get(StaffRoutes.version(draft.id(), "preview") + "?section=2");
        assertEquals("Priorities", second.heading());
        assertTrue(second.text().contains("Section 2 of 2"));
        assertTrue(second.text().contains("What should we deal with first?"));
        assertTrue(!second.text().contains("walking alone"), "only the second section");
        assertEquals(StaffRoutes.version(draft.id(), "preview") + "?section=1",
                second.document().selectFirst("a[rel=prev]").attr("href"));
        assertNull(second.document().selectFirst("a[rel=next]"));
    }

    @Test
    void aVersionWithErrorsIsNotPreviewed_itsErrorsAreListedInstead() {
        String key = QuestionnaireFixtures.uniqueKey("unpreviewable");
        QuestionnaireVersion broken = designs.saveDraft("test", importDraft(key).questionnaireId(),
                QuestionnaireFixtures.brokenSurvey(key), null).version();
        StaffBrowser.Page page = browser.get(StaffRoutes.version(broken.id(), "preview"));
        assertEquals(200, page.status());
        assertEquals("This version cannot be previewed", page.heading());
        assertEquals(2, page.document().select("#validation-errors li").size());
        assertTrue(page.document().select("#validation-errors li").eachText().stream()
                .allMatch(e -> e.matches("SV\\d{3} Line \\d+, column \\d+: .+")), page.text());
    }

    @Test
    void aDraftIsPublishedFromItsPage() {
        String key = QuestionnaireFixtures.uniqueKey("publish");
        QuestionnaireVersion draft = importDraft(key);
        StaffBrowser.Page posted = browser.postWithToken(StaffRoutes.version(draft.id(), "publish"));
        assertEquals(303, posted.status(), posted.html());
        assertEquals(StaffRoutes.questionnaire(draft.questionnaireId()), posted.location().orElseThrow());
        assertEquals(VersionSummary.State.PUBLISHED, version(key, 1).state());
        assertTrue(browser.follow(posted).text().contains("Version 1 published"));
    }

    @Test
    void anInvalidDraftIsNotPublished_andTheValidatorsErrorsAreShown() {
        String key = QuestionnaireFixtures.uniqueKey("invalid");
        QuestionnaireVersion v1 = importDraft(key);
        designs.publish("test", v1.id());
        QuestionnaireVersion broken = designs.saveDraft("test", v1.questionnaireId(),
                QuestionnaireFixtures.brokenSurvey(key), null).version();

        StaffBrowser.Page refused = browser.postWithToken(StaffRoutes.version(broken.id(), "publish"));
        assertEquals(200, refused.status());
        assertTrue(refused.title().startsWith("Error: "));
        List<String> errors = refused.errors();
        assertEquals("Version 2 cannot be published until these problems are corrected", errors.get(0));
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.subList(1, 3).stream().allMatch(e -> e.matches("SV\\d{3} line \\d+, column \\d+: .+")));
        assertEquals(VersionSummary.State.DRAFT, version(key, 2).state(), "still a draft");
        assertEquals(VersionSummary.State.PUBLISHED, version(key, 1).state());
    }

    @Test
    void aDraftIsDiscarded_andAPublishedVersionStartsANewDraft() {
        String key = QuestionnaireFixtures.uniqueKey("discard");
        QuestionnaireVersion v1 = importDraft(key);
        designs.publish("test", v1.id());
        StaffBrowser.Page copied = browser.postWithToken(StaffRoutes.version(v1.id(), "copy-as-draft"));
        assertEquals(303, copied.status(), copied.html());
        VersionSummary draft = version(key, 2);
        assertEquals(VersionSummary.State.DRAFT, draft.state());
        assertTrue(browser.follow(copied).text().contains("Draft version 2 started from version 1"));

        StaffBrowser.Page again = browser.postWithToken(StaffRoutes.version(v1.id(), "copy-as-draft"));
        assertEquals(200, again.status());
        assertTrue(again.errors().get(0).contains("already a draft"), again.errors().toString());

        StaffBrowser.Page discarded = browser.postWithToken(StaffRoutes.version(draft.id(), "discard"));
        assertEquals(303, discarded.status());
        assertEquals(1, overview(key).orElseThrow().versions().size());
        assertTrue(browser.follow(discarded).text().contains("Draft version 2 discarded"));

        StaffBrowser.Page publishedOne = browser.postWithToken(StaffRoutes.version(v1.id(), "discard"));
        assertEquals(200, publishedOne.status(), "a published version is never discarded");
        assertEquals(VersionSummary.State.PUBLISHED, version(key, 1).state());
    }

    @Test
    void aVersionIsCopiedAsANewQuestionnaireWithItsOwnIdAndTitle() {
        String key = QuestionnaireFixtures.uniqueKey("source");
        QuestionnaireVersion v1 = importDraft(key);
        StaffBrowser.Page form = browser.get(StaffRoutes.version(v1.id(), "copy"));
        assertEquals("Copy as a new questionnaire", form.heading());

        StaffBrowser.Page taken = browser.postWithToken(StaffRoutes.version(v1.id(), "copy"), "key", key,
                "title", "Same id");
        assertEquals(200, taken.status());
        assertTrue(taken.errors().get(0).contains("already used"), taken.errors().toString());

        String newKey = QuestionnaireFixtures.uniqueKey("copy");
        StaffBrowser.Page copied = browser.postWithToken(StaffRoutes.version(v1.id(), "copy"), "key", newKey,
                "title", "Next year's survey");
        assertEquals(303, copied.status(), copied.html());
        QuestionnaireOverview copy = overview(newKey).orElseThrow();
        assertEquals("Next year's survey", copy.questionnaire().title());
        assertEquals(StaffRoutes.questionnaire(copy.questionnaire().id()), copied.location().orElseThrow());
        assertEquals(designs.open(v1.id()).definition().sections().get(0).questions().stream()
                        .map(q -> q.id()).toList(),
                designs.open(copy.draft().orElseThrow().id()).definition().sections().get(0).questions().stream()
                        .map(q -> q.id()).toList());
    }

    private QuestionnaireVersion importDraft(String key) {
        return transfers.importFile("test", key + ".yaml", QuestionnaireFixtures.smallSurvey(key, key)).saved()
                .version();
    }

    private Optional<QuestionnaireOverview> overview(String key) {
        return designs.list().stream().filter(o -> o.questionnaire().questionnaireKey().equals(key)).findFirst();
    }

    private VersionSummary version(String key, int number) {
        return overview(key).orElseThrow().versions().stream().filter(v -> v.versionNumber() == number)
                .findFirst().orElseThrow();
    }
}
