package uk.gov.safervoices.definitions.testing;

import java.util.UUID;

/**
 * Small questionnaire definitions for the other modules' tests (admin's database tests, portal's page tests), each
 * with a key no other test (or earlier run) uses. Shared through this module's test jar, which holds no beans.
 */
public final class TestQuestionnaires {
    private TestQuestionnaires() {
    }

    public static String uniqueKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A questionnaire with one required scale question, a multiple choice, a grid, a ranking and a text. */
    public static String smallSurvey(String key, String title) {
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

    /**
     * A questionnaire with every kind of answer the main export must carry: single choice with "please say",
     * area (shown only to residents), whole number with "prefer not to say", scale, multiple choice with an
     * exclusive option, "please say" and "prefer not to say", grid, date and short text shown only to victims,
     * ranking with "please say", long text, and an equality section.
     */
    public static String fullSurvey(String key, String title) {
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
                  - id: your_area
                    title: Your area
                    questions:
                      - id: live_or_work
                        type: single_choice
                        text: Do you live or work here?
                        choices:
                          - { id: live, label: I live here }
                          - { id: work, label: I work here }
                          - { id: other_connection, label: Something else (please say), specify: true }
                      - id: home_area
                        type: area
                        text: Where do you live?
                        lookup: example-borough
                        show_if: live_or_work = live
                      - id: years_here
                        type: whole_number
                        text: How many years have you lived or worked here?
                        min: 0
                        max: 110
                        prefer_not_to_say: true
                  - id: feeling_safe
                    title: Feeling safe
                    questions:
                      - id: safe_after_dark
                        type: scale
                        text: How safe do you feel walking alone in this area after dark?
                        scale: safety
                      - id: places
                        type: multiple_choice
                        text: Where do you feel unsafe?
                        prefer_not_to_say: true
                        choices:
                          - { id: park, label: The park }
                          - { id: station, label: The station }
                          - { id: elsewhere, label: Somewhere else (please say), specify: true }
                          - { id: nowhere, label: Nowhere, exclusive: true }
                      - id: day
                        type: grid
                        text: How safe do you feel here during the day?
                        scale: safety
                        items:
                          - { id: high_street, label: The high street }
                          - { id: estate, label: Your estate }
                      - id: victim
                        type: single_choice
                        text: Have you been a victim of crime here in the last 12 months?
                        choices:
                          - { id: "yes", label: "Yes" }
                          - { id: "no", label: "No" }
                      - id: incident_date
                        type: date
                        text: When did it happen?
                        show_if: victim = yes
                        earliest: 2020-01-01
                      - id: incident_place
                        type: short_text
                        text: Where did it happen?
                        show_if: victim = yes
                  - id: priorities
                    title: Priorities
                    questions:
                      - id: top
                        type: ranking
                        text: What should we deal with first?
                        rank: 3
                        choices:
                          - { id: burglary, label: Burglary, concern: burglary }
                          - { id: asb, label: Anti-social behaviour, concern: asb }
                          - { id: speeding, label: Speeding, concern: speeding }
                          - { id: other, label: Something else (please say), specify: true }
                      - id: comments
                        type: long_text
                        text: Anything else?
                  - id: about_you
                    title: About you
                    equality: [age, sex, gender_identity]
                """.formatted(key, title);
    }
}
