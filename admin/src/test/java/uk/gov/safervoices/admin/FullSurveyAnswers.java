package uk.gov.safervoices.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Raw form answers to {@link TestQuestionnaires#fullSurvey}: one complete example, and varied random ones (every
 * question sometimes skipped, free text with commas, quotes, line breaks and non-ASCII letters) that the engine
 * accepts.
 */
public final class FullSurveyAnswers {
    public static final List<String> SAFETY = List.of("very_safe", "fairly_safe", "a_bit_unsafe", "very_unsafe",
            "dont_know");
    private static final List<String> WARDS = List.of("E05099001", "E05099002", "E05099003", "E05099014",
            "E05099015");
    private static final List<String> TEXTS = List.of("More street lights, please.", "He said \"not again\", twice",
            "Line one\nline two\r\nline three", "Café on the corner – “busy”", "=1+2 is not a formula here",
            "  leading and trailing spaces  ", "; semi; colons;", "Ünïcödé and emoji 🚲");

    private FullSurveyAnswers() {
    }

    /** Every main question answered, with "please say" text, and equality answers. */
    public static Map<String, List<String>> complete() {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        raw.put("live_or_work", List.of("live"));
        raw.put("home_area.postcode", List.of("eb1 2ab"));
        raw.put("years_here", List.of("12"));
        raw.put("safe_after_dark", List.of("fairly_safe"));
        raw.put("places", List.of("park", "elsewhere"));
        raw.put("places.specify", List.of("The underpass"));
        raw.put("day.high_street", List.of("very_safe"));
        raw.put("day.estate", List.of("dont_know"));
        raw.put("victim", List.of("yes"));
        raw.put("incident_date.day", List.of("3"));
        raw.put("incident_date.month", List.of("2"));
        raw.put("incident_date.year", List.of("2024"));
        raw.put("incident_place", List.of("Outside the Red Lion"));
        raw.put("top.1", List.of("asb"));
        raw.put("top.2", List.of("other"));
        raw.put("top.3", List.of("burglary"));
        raw.put("top.specify", List.of("E-scooters on pavements"));
        raw.put("comments", List.of("My neighbour John Smith at 4 High Street deals drugs."));
        raw.put("age", List.of("42"));
        raw.put("sex", List.of("female"));
        raw.put("gender_identity", List.of("no"));
        raw.put("gender_identity.specify", List.of("Non-binary"));
        return raw;
    }

    public static Map<String, List<String>> random(Random random) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        if (random.nextInt(5) > 0) {
            String connection = pick(random, List.of("live", "work", "other_connection"));
            raw.put("live_or_work", List.of(connection));
            if (connection.equals("other_connection") && random.nextBoolean()) {
                raw.put("live_or_work.specify", List.of(pick(random, TEXTS)));
            }
            if (connection.equals("live") && random.nextInt(4) > 0) {
                if (random.nextBoolean()) {
                    raw.put("home_area.ward", List.of(pick(random, WARDS)));
                } else {
                    raw.put("home_area.postcode", List.of("EB1 3XY"));
                }
            }
        }
        switch (random.nextInt(4)) {
            case 0 -> raw.put("years_here", List.of(Integer.toString(random.nextInt(111))));
            case 1 -> raw.put("years_here.prefer_not_to_say", List.of("true"));
            default -> { }
        }
        if (random.nextInt(6) > 0) {
            raw.put("safe_after_dark", List.of(pick(random, SAFETY)));
        }
        switch (random.nextInt(5)) {
            case 0 -> raw.put("places", List.of("nowhere"));
            case 1 -> raw.put("places", List.of("prefer_not_to_say"));
            case 2 -> { }
            default -> {
                List<String> chosen = new ArrayList<>();
                for (String place : List.of("park", "station", "elsewhere")) {
                    if (random.nextBoolean()) {
                        chosen.add(place);
                    }
                }
                if (!chosen.isEmpty()) {
                    raw.put("places", chosen);
                    if (chosen.contains("elsewhere") && random.nextBoolean()) {
                        raw.put("places.specify", List.of(pick(random, TEXTS)));
                    }
                }
            }
        }
        for (String item : List.of("high_street", "estate")) {
            if (random.nextInt(4) > 0) {
                raw.put("day." + item, List.of(pick(random, SAFETY)));
            }
        }
        if (random.nextInt(4) > 0) {
            boolean victim = random.nextInt(3) == 0;
            raw.put("victim", List.of(victim ? "yes" : "no"));
            if (victim && random.nextBoolean()) {
                raw.put("incident_date.day", List.of(Integer.toString(1 + random.nextInt(28))));
                raw.put("incident_date.month", List.of(Integer.toString(1 + random.nextInt(12))));
                raw.put("incident_date.year", List.of(Integer.toString(2020 + random.nextInt(4))));
            }
            if (victim && random.nextBoolean()) {
                raw.put("incident_place", List.of(pick(random, TEXTS).strip().replace("\n", " ").replace("\r", "")));
            }
        }
        List<String> options = new ArrayList<>(List.of("burglary", "asb", "speeding", "other"));
        Collections.shuffle(options, random);
        int ranked = random.nextInt(4);
        for (int rank = 1; rank <= ranked; rank++) {
            raw.put("top." + rank, List.of(options.get(rank - 1)));
        }
        if (options.subList(0, ranked).contains("other") && random.nextBoolean()) {
            raw.put("top.specify", List.of(pick(random, TEXTS)));
        }
        if (random.nextInt(3) == 0) {
            raw.put("comments", List.of(pick(random, TEXTS)));
        }
        if (random.nextBoolean()) {
            raw.put("age", List.of(Integer.toString(16 + random.nextInt(80))));
            raw.put("sex", List.of(pick(random, List.of("female", "male", "prefer_not_to_say"))));
        }
        return raw;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
