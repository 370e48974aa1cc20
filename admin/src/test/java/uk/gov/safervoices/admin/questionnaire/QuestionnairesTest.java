package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.definitions.testing.TestQuestionnaires;
import uk.gov.safervoices.definitions.model.Questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class QuestionnairesTest {
    @Inject Questionnaires questionnaires;

    @Test
    void publishingTheSameTextTwiceKeepsOneVersionAndAChangeMakesTheNext() {
        String key = TestQuestionnaires.uniqueKey("versions");
        String first = TestQuestionnaires.smallSurvey(key, "First title");

        QuestionnaireVersion v1 = questionnaires.publish(first, key + ".yaml");
        QuestionnaireVersion again = questionnaires.publish(first, key + ".yaml");
        QuestionnaireVersion v2 = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "Second title"), key + ".yaml");

        assertEquals(1, v1.versionNumber());
        assertEquals(v1.id(), again.id());
        assertEquals(2, v2.versionNumber());
        assertNotEquals(v1.id(), v2.id());
        assertTrue(v2.isPublished());
        assertEquals(v2.id(), questionnaires.latestPublished(v1.questionnaireId()).orElseThrow().id());
        assertEquals("Second title", questionnaires.findByKey(key).orElseThrow().title());
        // the first version is kept exactly as it was
        assertEquals("First title", questionnaires.definition(questionnaires.version(v1.id()).orElseThrow()).title());
    }

    @Test
    void parsedDefinitionsAreCachedPerVersion() {
        String key = TestQuestionnaires.uniqueKey("cache");
        QuestionnaireVersion version = questionnaires.publish(TestQuestionnaires.smallSurvey(key, "Cached"), key + ".yaml");

        Questionnaire once = questionnaires.definition(version);
        assertSame(once, questionnaires.definition(version));
    }

    @Test
    void anInvalidDefinitionIsRefusedWithEveryErrorAndNothingIsSaved() {
        String key = TestQuestionnaires.uniqueKey("broken");
        String broken = TestQuestionnaires.smallSurvey(key, "Broken")
                .replace("rank: 2", "rank: 9")
                .replace("type: long_text", "type: long_txt");

        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
                () -> questionnaires.publish(broken, key + ".yaml"));

        assertTrue(e.errors().size() >= 2, e.getMessage());
        assertFalse(questionnaires.findByKey(key).isPresent());
    }

    @Test
    void theShippedQuestionnairesAreStoredAtStartUp() {
        QuestionnaireRecord survey = questionnaires.findByKey("community-safety-survey").orElseThrow();
        QuestionnaireVersion version = questionnaires.latestPublished(survey.id()).orElseThrow();
        assertEquals("community-safety-survey", questionnaires.definition(version).id());
        assertTrue(questionnaires.findByKey("public-meeting-feedback").isPresent());
    }
}
