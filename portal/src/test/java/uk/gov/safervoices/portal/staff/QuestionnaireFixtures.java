package uk.gov.safervoices.portal.staff;

import uk.gov.safervoices.definitions.testing.TestQuestionnaires;

/** Questionnaire files for the design pages' tests, each with a key no other test (or earlier run) uses. */
final class QuestionnaireFixtures {
    private QuestionnaireFixtures() {
    }

    static String uniqueKey(String prefix) {
        return TestQuestionnaires.uniqueKey(prefix);
    }

    /** A valid questionnaire: two sections; a scale, a multiple choice, a grid, a ranking and a text. */
    static String smallSurvey(String key, String title) {
        return TestQuestionnaires.smallSurvey(key, title);
    }

    /** The small survey with two faults: a choice id used twice (line 21) and a question of an unknown type. */
    static String brokenSurvey(String key) {
        return smallSurvey(key, "Broken").replace("{ id: station, label: The station }",
                "{ id: park, label: The station }").replace("type: long_text", "type: essay");
    }
}
