package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.definitions.design.Place;
import uk.gov.safervoices.definitions.design.QuestionEdits;
import uk.gov.safervoices.definitions.load.ErrorCode;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Database tests of questionnaire design: run on H2, and in CI on MySQL/MariaDB. */
@MicronautTest(transactional = false)
class QuestionnaireDesignsTest {
    @Inject QuestionnaireDesigns designs;
    @Inject QuestionnaireTransfers transfers;
    @Inject Questionnaires questionnaires;
    @Inject QuestionnaireVersionRepository versions;
    @Inject Consultations consultations;
    @Inject ResponseStore responses;
    @Inject AuditLog audit;
    @Inject StoredVersions stored;
    @Inject PublishedEvents events;

    private DraftSaved importSmallSurvey(String key) {
        ImportResult imported = transfers.importFile("alice", key + ".yaml", TestQuestionnaires.smallSurvey(key, "Survey"));
        assertTrue(imported.imported(), imported.errors()::toString);
        return imported.saved();
    }

    private List<String> auditActions(long questionnaireId) {
        return audit.about("questionnaire", questionnaireId).stream().map(e -> e.actor() + " " + e.action()).toList();
    }

    @Test
    void createsAQuestionnaireWhoseFirstVersionIsAnEmptyDraftWithItsErrors() {
        String key = TestQuestionnaires.uniqueKey("new");
        DraftSaved created = designs.create("alice", key, Questionnaire.Kind.SURVEY, "New survey");

        assertEquals(1, created.version().versionNumber());
        assertTrue(created.version().isDraft());
        assertEquals("alice", created.version().createdBy());
        assertFalse(created.valid());
        assertTrue(created.errors().stream().anyMatch(e -> e.code() == ErrorCode.SV004
                && e.place().equals(Place.QUESTIONNAIRE)), "no privacy notice yet: " + created.errors());
        QuestionnaireOverview overview = designs.overview(created.version().questionnaireId()).orElseThrow();
        assertEquals("New survey", overview.questionnaire().title());
        assertEquals(VersionSummary.State.DRAFT, overview.draft().orElseThrow().state());
        assertTrue(overview.latestPublished().isEmpty());
        assertEquals(List.of("alice questionnaire.created", "alice questionnaire.draft-created"),
                auditActions(created.version().questionnaireId()));
    }

    @Test
    void refusesAKeyThatIsNotAnIdOrIsTaken() {
        InvalidDefinitionException notAnId = assertThrows(InvalidDefinitionException.class,
                () -> designs.create("alice", "Not An Id", Questionnaire.Kind.SURVEY, "Bad"));
        assertEquals(ErrorCode.SV006, notAnId.errors().get(0).code());
        InvalidDefinitionException taken = assertThrows(InvalidDefinitionException.class,
                () -> designs.create("alice", "community-safety-survey", Questionnaire.Kind.SURVEY, "Again"));
        assertEquals(ErrorCode.SV003, taken.errors().get(0).code());
    }

    @Test
    void savesAnInvalidDraftWithItsErrorsButNeverPublishesIt() {
        DraftSaved draft = importSmallSurvey(TestQuestionnaires.uniqueKey("invalid"));
        long questionnaireId = draft.version().questionnaireId();
        String broken = draft.version().sourceYaml().replace("rank: 2", "rank: 9");

        DraftSaved saved = designs.saveDraft("bob", questionnaireId, broken, draft.version().sourceSha256());

        assertEquals(draft.version().id(), saved.version().id(), "the draft itself is changed");
        assertEquals(List.of("SV011 " + Place.question("priorities", "top")),
                saved.errors().stream().map(e -> e.code() + " " + e.place()).toList());
        assertTrue(saved.errors().get(0).error().line() > 0);
        InvalidDefinitionException refused = assertThrows(InvalidDefinitionException.class,
                () -> designs.publish("bob", saved.version().id()));
        assertEquals(ErrorCode.SV011, refused.errors().get(0).code());
        assertEquals("DRAFT", stored.row(saved.version().id()).orElseThrow().status());
        assertEquals(broken, stored.row(saved.version().id()).orElseThrow().sourceYaml());
        assertTrue(auditActions(questionnaireId).contains("bob questionnaire.draft-saved"));
    }

    @Test
    void publishingMakesTheDraftCurrentAndTellsCachesAfterItIsCommitted() {
        DraftSaved draft = importSmallSurvey(TestQuestionnaires.uniqueKey("publish"));

        QuestionnaireVersion published = designs.publish("carol", draft.version().id());

        assertTrue(published.isPublished());
        assertEquals(published.id(), questionnaires.latestPublished(published.questionnaireId()).orElseThrow().id());
        assertTrue(events.seen.contains(new QuestionnairePublished(published.questionnaireId(), published.id())));
        assertEquals("PUBLISHED", events.statusSeenByAnotherConnection.get(published.id()),
                "a cache reloading when told must already find the version published");
        assertEquals("Survey", questionnaires.definition(published).title());
        assertTrue(auditActions(published.questionnaireId()).contains("carol questionnaire.published"));
        assertThrows(IllegalStateException.class, () -> designs.publish("carol", published.id()));
    }

    @Test
    void aPublishedVersionWithResponsesIsNeverChangedEditingItMakesANewDraft() {
        DraftSaved draft = importSmallSurvey(TestQuestionnaires.uniqueKey("immutable"));
        QuestionnaireVersion v1 = designs.publish("alice", draft.version().id());
        Consultation consultation = consultations.create(new Consultations.NewConsultation(
                TestQuestionnaires.uniqueKey("c"), "Test", "Test", null, null, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)), List.of(v1.questionnaireId())));
        assertInstanceOf(SubmissionOutcome.Accepted.class, responses.submit(new Submission(consultation, v1,
                Channel.ONLINE, null, Map.of("safe_after_dark", List.of("fairly_safe")))));
        StoredVersions.Row before = stored.row(v1.id()).orElseThrow();

        EditOutcome edited = designs.edit("dave", v1.id(), v1.sourceSha256(), q -> QuestionEdits.addQuestion(q,
                "priorities", 2, QuestionType.SHORT_TEXT, "street", "Which street?"));

        assertTrue(edited.accepted(), edited.refusedBecause()::toString);
        QuestionnaireVersion v2 = edited.saved().version();
        assertNotEquals(v1.id(), v2.id());
        assertEquals(2, v2.versionNumber());
        assertTrue(v2.isDraft());
        assertEquals(v1.id(), v2.basedOnVersionId());
        assertTrue(v2.sourceYaml().contains("id: street"));
        // the service: version 1 reads as it did, with its response
        assertEquals(before, stored.row(v1.id()).orElseThrow(), "the published row is untouched");
        assertTrue(questionnaires.definition(questionnaires.version(v1.id()).orElseThrow()).question("street").isEmpty());
        QuestionnaireOverview overview = designs.overview(v1.questionnaireId()).orElseThrow();
        assertEquals(List.of(VersionSummary.State.HAS_RESPONSES, VersionSummary.State.DRAFT),
                overview.versions().stream().map(VersionSummary::state).toList());
        assertEquals(1, overview.versions().get(0).responses());
        // the database: the statements that change versions cannot touch a published one
        assertEquals(0, versions.updateDraft(v1.id(), "id: changed", "x".repeat(64), Instant.now()));
        assertEquals(0, versions.publishDraft(v1.id(), Instant.now()));
        assertEquals(0, versions.deleteDraft(v1.id()));
        assertEquals(before, stored.row(v1.id()).orElseThrow());
        // a second edit changes the draft, not version 1
        EditOutcome again = designs.edit("dave", v2.id(), v2.sourceSha256(), q -> QuestionEdits.setShowIf(q, "street",
                "answered(top)"));
        assertEquals(v2.id(), again.saved().version().id());
        assertEquals(2, stored.versionCount(v1.questionnaireId()));
        assertThrows(IllegalStateException.class, () -> designs.edit("dave", v1.id(), null, q -> q),
                "version 1 is no longer the latest");
        assertEquals(before, stored.row(v1.id()).orElseThrow());
    }

    @Test
    void aRefusedEditSavesNothing() {
        DraftSaved draft = importSmallSurvey(TestQuestionnaires.uniqueKey("refused"));
        EditOutcome outcome = designs.edit("erin", draft.version().id(), null, q -> QuestionEdits.addQuestion(q,
                "safety", 0, QuestionType.SHORT_TEXT, "places", "Duplicate id"));
        assertFalse(outcome.accepted());
        assertEquals(ErrorCode.SV003, outcome.refusedBecause().get(0).code());
        assertEquals(draft.version().sourceYaml(), stored.row(draft.version().id()).orElseThrow().sourceYaml());
        assertEquals(1, stored.versionCount(draft.version().questionnaireId()));
    }

    @Test
    void aSecondEditorWorkingFromAnOlderTextIsStoppedNotOverwritten() {
        DraftSaved draft = importSmallSurvey(TestQuestionnaires.uniqueKey("conflict"));
        String opened = draft.version().sourceSha256();
        designs.edit("frank", draft.version().id(), opened, q -> QuestionEdits.setMaxSelections(q, "places", 2));

        assertThrows(DraftConflictException.class, () -> designs.edit("grace", draft.version().id(), opened,
                q -> QuestionEdits.setMaxSelections(q, "places", 1)));
        assertTrue(stored.row(draft.version().id()).orElseThrow().sourceYaml().contains("max_selections: 2"));
    }

    @Test
    void aDraftCanBeDiscardedAndAPublishedVersionCannot() {
        DraftSaved first = importSmallSurvey(TestQuestionnaires.uniqueKey("discard"));
        QuestionnaireVersion published = designs.publish("heidi", first.version().id());
        DraftSaved draft = designs.saveDraft("heidi", published.questionnaireId(),
                published.sourceYaml().replace("title: Survey", "title: Survey 2"), null);

        designs.discardDraft("heidi", draft.version().id());

        assertTrue(stored.row(draft.version().id()).isEmpty());
        assertThrows(IllegalStateException.class, () -> designs.discardDraft("heidi", published.id()));
        assertEquals("PUBLISHED", stored.row(published.id()).orElseThrow().status());
        assertTrue(auditActions(published.questionnaireId()).contains("heidi questionnaire.draft-discarded"));
    }

    @Test
    void previewsOnlyAValidVersion() {
        DraftSaved draft = importSmallSurvey(TestQuestionnaires.uniqueKey("preview"));
        assertEquals("Survey", designs.preview(draft.version().id()).orElseThrow().title());
        DraftSaved broken = designs.saveDraft("ivan", draft.version().questionnaireId(),
                draft.version().sourceYaml().replace("rank: 2", "rank: 9"), null);
        assertTrue(designs.preview(broken.version().id()).isEmpty());
    }

    @Test
    void aStartUpFileIsNotPublishedOverAQuestionnaireStaffHaveChanged() {
        String key = TestQuestionnaires.uniqueKey("shipped");
        QuestionnaireVersion fromFile = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "From file"), key + ".yaml");
        DraftSaved staffDraft = designs.saveDraft("judy", fromFile.questionnaireId(),
                fromFile.sourceYaml().replace("title: From file", "title: By staff"), null);
        QuestionnaireVersion staffVersion = designs.publish("judy", staffDraft.version().id());

        QuestionnaireVersion afterRestart = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "From file"),
                key + ".yaml");

        assertEquals(staffVersion.id(), afterRestart.id());
        assertEquals(2, stored.versionCount(fromFile.questionnaireId()));
        assertNull(fromFile.createdBy());
    }

}
