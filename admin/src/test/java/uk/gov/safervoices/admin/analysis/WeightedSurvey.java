package uk.gov.safervoices.admin.analysis;

import uk.gov.safervoices.definitions.testing.TestQuestionnaires;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A survey with weighting questions (ward from an area question, age in years to bands, sex) and residents who
 * answer it: each resident as the raw form answers and as the categories the analysis should see, so that tests
 * can count the expected cells by hand.
 */
public final class WeightedSurvey {
    /** Population margins of the survey's area: ward, age band and sex, 10,000 people. */
    public static final String MARGINS = """
            variable,category,population
            ward,E05099001,3000
            ward,E05099002,3000
            ward,E05099003,2500
            ward,E05099004,1500
            age_band,16-34,3500
            age_band,35-54,3500
            age_band,55+,3000
            sex,female,5100
            sex,male,4900
            """;

    public static final List<String> WARDS = List.of("E05099001", "E05099002", "E05099003", "E05099004");
    static final List<String> SAFETY = List.of("very_safe", "fairly_safe", "a_bit_unsafe", "very_unsafe", "dont_know");

    private WeightedSurvey() {
    }

    public static String definition(String key) {
        return """
                id: %s
                title: Weighted survey
                privacy_notice: We keep your answers safe.
                weighting:
                  - { id: ward, label: Ward, from_lookup: example-borough }
                  - { id: age_band, label: Age band, categories: ["16-34", "35-54", "55+"] }
                  - { id: sex, label: Sex, categories: [female, male] }
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
                      - id: home_area
                        type: area
                        text: Where do you live?
                        lookup: example-borough
                        weighting: { variable: ward, area: true }
                      - id: safe_after_dark
                        type: scale
                        text: How safe do you feel after dark?
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
                        text: How safe do you feel during the day?
                        scale: safety
                        items:
                          - { id: high_street, label: The high street, concern: asb }
                          - { id: estate, label: Your estate }
                      - id: top
                        type: ranking
                        text: What should we deal with first?
                        rank: 2
                        choices:
                          - { id: burglary, label: Burglary, concern: burglary }
                          - { id: asb, label: Anti-social behaviour, concern: asb }
                          - { id: speeding, label: Speeding, concern: speeding }
                  - id: about_you
                    title: About you
                    equality: [age, sex]
                    weighting:
                      age:
                        variable: age_band
                        bands:
                          - { min: 16, max: 34, category: "16-34" }
                          - { min: 35, max: 54, category: "35-54" }
                          - { min: 55, category: "55+" }
                      sex: { variable: sex, choices: { female: female, male: male } }
                """.formatted(key);
    }

    public static String uniqueKey() {
        return TestQuestionnaires.uniqueKey("weighted");
    }

    /**
     * One resident: the form answers, and what analysis should see (null = blank; "prefer not to say" on a
     * weighting question is blank too).
     */
    public record Resident(Map<String, List<String>> raw, String ward, String ageBand, String sex, String safeAfterDark,
                    List<String> places, String highStreet, List<String> top) {
    }

    /** Residents skewed as real samples are: older people and women over-represented, one ward small. */
    public static List<Resident> residents(int count, long seed) {
        Random random = new Random(seed);
        List<Resident> residents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, List<String>> raw = new LinkedHashMap<>();
            String ward = random.nextInt(40) == 0 ? null : WARDS.get(pickWeighted(random, 4, 3, 3, 1));
            if (ward != null) {
                raw.put("home_area.ward", List.of(ward));
            }
            int age = 16 + (int) Math.round(Math.min(74, Math.abs(random.nextGaussian() * 20 + 32)));
            String ageBand = null;
            if (random.nextInt(30) == 0) {
                raw.put("age.prefer_not_to_say", List.of("true"));
            } else {
                raw.put("age", List.of(Integer.toString(age)));
                ageBand = age <= 34 ? "16-34" : age <= 54 ? "35-54" : "55+";
            }
            String sex = random.nextInt(3) < 2 ? "female" : "male";
            raw.put("sex", List.of(sex));
            String safe = random.nextInt(10) == 0 ? null : SAFETY.get(random.nextInt(5));
            if (safe != null) {
                raw.put("safe_after_dark", List.of(safe));
            }
            List<String> places = switch (random.nextInt(5)) {
                case 0 -> List.of();
                case 1 -> List.of("nowhere");
                case 2 -> List.of("park");
                case 3 -> List.of("station");
                default -> List.of("park", "station");
            };
            if (!places.isEmpty()) {
                raw.put("places", places);
            }
            String highStreet = random.nextInt(8) == 0 ? null : SAFETY.get(random.nextInt(4));
            if (highStreet != null) {
                raw.put("day.high_street", List.of(highStreet));
            }
            List<String> top = random.nextInt(6) == 0 ? List.of()
                    : random.nextBoolean() ? List.of("asb", "burglary") : List.of("speeding");
            for (int r = 0; r < top.size(); r++) {
                raw.put("top." + (r + 1), List.of(top.get(r)));
            }
            residents.add(new Resident(raw, ward, ageBand, sex, safe, places, highStreet, top));
        }
        return residents;
    }

    private static int pickWeighted(Random random, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
