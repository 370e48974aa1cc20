package uk.gov.safervoices.portal.staff;

import java.util.UUID;

/** Questionnaire files for the design pages' tests, each with a key no other test (or earlier run) uses. */
final class QuestionnaireFixtures {
    private QuestionnaireFixtures() {
    }

    static String uniqueKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid questionnaire: two sections; a scale, a multiple choice, a grid, a ranking and a text. */
    static String smallSurvey(String key, String title) {
        return """
                id: %s
                title: %s
                privacy_notice: We keep your answers safe.
                scales:
                  safety:
                    - { id: very_safe, label: Very safe, score: 4 }
                    - { id: fairly_safe, label: Fairly safe, score: 3 }
                    - { id: a_bit_unsafe, label: A bit unsafe, score: 2 }
                    - { id: very_unsafe, label: Very unsafe, score: 1 }
                    - { id: dont_know, label: Don't know, dont_know: true }
                sections:
                  - id: safety
                    title: Feeling safe
                    questions:
                      - id: safe_after_dark
                        type: scale
                        text: How safe do you feel walking alone in this area after dark?
                        required: true
                        scale: safety
                      - id: places
                        type: multiple_choice
                        text: Where do you feel unsafe?
                        choices:
                          - { id: park, label: The park }
                          - { id: station, label: The station }
                          - { id: nowhere, label: Nowhere, exclusive: true }
                      - id: day
                        type: grid
                        text: How safe do you feel here during the day?
                        scale: safety
                        items:
                          - { id: high_street, label: The high street }
                          - { id: estate, label: Your estate }
                  - id: priorities
                    title: Priorities
                    questions:
                      - id: top
                        type: ranking
                        text: What should we deal with first?
                        rank: 2
                        choices:
                          - { id: burglary, label: Burglary, concern: burglary }
                          - { id: asb, label: Anti-social behaviour, concern: asb }
                          - { id: speeding, label: Speeding, concern: speeding }
                      - id: comments
                        type: long_text
                        text: Anything else?
                """.formatted(key, title);
    }

    /** The small survey with two faults: a choice id used twice (line 21) and a question of an unknown type. */
    static String brokenSurvey(String key) {
        return smallSurvey(key, "Broken").replace("{ id: station, label: The station }",
                "{ id: park, label: The station }").replace("type: long_text", "type: essay");
    }
}
