package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.definitions.load.ErrorCode;
import uk.gov.safervoices.definitions.load.ValidationError;
import uk.gov.safervoices.definitions.model.Positions;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Database tests of import, export and copies: run on H2, and in CI on MySQL/MariaDB. */
@MicronautTest(transactional = false)
class QuestionnaireTransfersTest {
    @Inject QuestionnaireTransfers transfers;
    @Inject QuestionnaireDesigns designs;
    @Inject Questionnaires questionnaires;
    @Inject StoredVersions stored;
    @Inject AuditLog audit;

    @Test
    void aBrokenFileIsRefusedWithEveryErrorsCodeAndLineAndNothingIsSaved() {
        String key = TestQuestionnaires.uniqueKey("broken");
        String broken = TestQuestionnaires.smallSurvey(key, "Broken")
                .replace("rank: 2", "rank: 9")
                .replace("type: long_text", "type: long_txt");

        ImportResult result = transfers.importFile("alice", key + ".yaml", broken);

        assertFalse(result.imported());
        assertNull(result.saved());
        List<String> found = result.errors().stream().map(e -> e.code() + " line " + e.line()).toList();
        assertEquals(List.of("SV011 line " + lineOf(broken, "rank: 9"), "SV007 line " + lineOf(broken, "long_txt")),
                found);
        assertTrue(result.errors().stream().allMatch(e -> e.file().equals(key + ".yaml") && e.column() > 0));
        assertTrue(questionnaires.findByKey(key).isEmpty(), "no questionnaire");
        assertTrue(audit.latest(0, 50).getContent().stream().noneMatch(e -> String.valueOf(e.afterValue())
                .contains(key)), "nothing audited");
    }

    @Test
    void anImportedFileIsKeptAsWrittenWithItsComments() {
        String key = TestQuestionnaires.uniqueKey("comments");
        String yaml = "# Our survey, with a comment\n" + TestQuestionnaires.smallSurvey(key, "Commented");
        DraftSaved saved = transfers.importFile("alice", key + ".yaml", yaml).saved();
        assertEquals(yaml, stored.row(saved.version().id()).orElseThrow().sourceYaml());
        assertTrue(saved.valid());
        assertTrue(saved.version().isDraft(), "an import is a draft until someone publishes it");
    }

    @Test
    void exportingAVersionAndImportingTheFileGivesBackTheSameDefinition() {
        String key = TestQuestionnaires.uniqueKey("roundtrip");
        DraftSaved first = transfers.importFile("alice", key + ".yaml", TestQuestionnaires.smallSurvey(key, "Round"))
                .saved();
        QuestionnaireVersion published = designs.publish("alice", first.version().id());

        ExportedFile file = transfers.export(published.id());
        ImportResult again = transfers.importFile("bob", file.fileName(), file.yaml());

        assertEquals(key + ".yaml", file.fileName());
        assertTrue(again.imported(), again.errors()::toString);
        assertEquals(2, again.saved().version().versionNumber());
        assertEquals(Positions.erased(questionnaires.definition(published)),
                Positions.erased(again.saved().design().definition()));
        assertTrue(audit.about("questionnaire", published.questionnaireId()).stream()
                .anyMatch(e -> e.actor().equals("bob") && e.action().equals("questionnaire.imported")));
    }

    @Test
    void aDraftWithErrorsExportsAsItIsAndItsImportIsRefusedWithTheSameErrors() {
        String key = TestQuestionnaires.uniqueKey("editor");
        DraftSaved created = designs.create("alice", key, Questionnaire.Kind.MEETING_FEEDBACK, "Meeting");
        ExportedFile file = transfers.export(created.version().id());
        assertTrue(file.yaml().startsWith("id: " + key + "\nkind: meeting_feedback\n"), file.yaml());
        // a broken draft exports as it is; its import is refused with the same errors
        ImportResult reimport = transfers.importFile("alice", file.fileName(), file.yaml());
        assertEquals(created.errors().stream().map(e -> e.error().code()).toList(),
                reimport.errors().stream().map(ValidationError::code).toList());
    }

    @Test
    void aCopyForNextYearKeepsEveryQuestionItemAndChoiceId() {
        QuestionnaireRecord shipped = questionnaires.findByKey("community-safety-survey").orElseThrow();
        QuestionnaireVersion lastYear = questionnaires.latestPublished(shipped.id()).orElseThrow();
        String key = TestQuestionnaires.uniqueKey("community-safety-survey");

        DraftSaved copy = transfers.copyAsNewQuestionnaire("alice", lastYear.id(), key, "Community safety survey 2027");

        assertTrue(copy.valid(), copy.errors()::toString);
        Questionnaire next = copy.design().definition();
        assertEquals(key, next.id());
        assertEquals("Community safety survey 2027", next.title());
        assertEquals(answerIds(questionnaires.definition(lastYear)), answerIds(next));
        assertEquals(lastYear.id(), copy.version().basedOnVersionId());
        assertEquals("Community safety survey 2027", questionnaires.findByKey(key).orElseThrow().title());
        assertThrows(InvalidDefinitionException.class, () -> transfers.copyAsNewQuestionnaire("alice",
                lastYear.id(), key, "Twice"), "the id is taken now");
    }

    @Test
    void aCopyAsANewDraftStartsFromAnEarlierVersionOfTheSameQuestionnaire() {
        String key = TestQuestionnaires.uniqueKey("earlier");
        QuestionnaireVersion v1 = designs.publish("alice", transfers.importFile("alice", key + ".yaml",
                TestQuestionnaires.smallSurvey(key, "Year one")).saved().version().id());
        QuestionnaireVersion v2 = designs.publish("alice", designs.saveDraft("alice", v1.questionnaireId(),
                TestQuestionnaires.smallSurvey(key, "Year two"), null).version().id());

        DraftSaved draft = transfers.copyAsDraft("bob", v1.id());

        assertEquals(3, draft.version().versionNumber());
        assertEquals(v1.sourceYaml(), draft.version().sourceYaml());
        assertEquals(v1.id(), draft.version().basedOnVersionId());
        assertThrows(IllegalStateException.class, () -> transfers.copyAsDraft("bob", v2.id()),
                "there is a draft already");
    }

    private static int lineOf(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(part);
    }

    private static List<String> answerIds(Questionnaire q) {
        return q.questionStream().flatMap(QuestionnaireTransfersTest::ids).toList();
    }

    private static Stream<String> ids(Question question) {
        return Stream.concat(Stream.of(question.id()), Stream.concat(
                question.items().stream().map(i -> question.id() + "." + i.id()),
                question.choices().stream().map(c -> question.id() + "=" + c.id())));
    }
}
