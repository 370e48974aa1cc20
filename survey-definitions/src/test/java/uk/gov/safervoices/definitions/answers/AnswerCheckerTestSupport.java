package uk.gov.safervoices.definitions.answers;

import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Ward;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared fixtures for answer checker tests: a lookup, a fixed clock, and a quick way to write a posted form. */
final class AnswerCheckerTestSupport {

    static final AreaLookup BOROUGH = new AreaLookup("example-borough", "Example Borough Council",
            List.of(new Ward("E05000001", "Abbey"), new Ward("E05000002", "Brook"), new Ward("E05000003", "Castle")),
            Map.of("EX1 1", "E05000001", "EX1", "E05000002", "EX2 3AB", "E05000003"));

    /** Today is 15 June 2025 in London. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneId.of("Europe/London"));

    static final AnswerChecker CHECKER = new AnswerChecker(Map.of(BOROUGH.id(), BOROUGH), CLOCK);

    private AnswerCheckerTestSupport() {
    }

    /** form("a", "x", "b", "y", "b", "z"): a posted form; repeated keys collect several values. */
    static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            raw.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return raw;
    }
}
