package uk.gov.safervoices.admin.analysis.concerns;

import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.RFixtures;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the fixtures of {@code src/test/resources/analysis/concerns/} (see its README). Empty fields are null. */
final class ConcernFixtures {

    static final List<String> WEIGHTING = List.of("ward", "age_band", "sex");
    static final List<String> CONCERNS = List.of("drug_dealing", "asb", "burglary", "violent_crime", "knife_crime",
            "domestic_abuse", "vehicle_crime", "speeding", "hate_crime", "fly_tipping");
    static final List<String> RANK_COLUMNS = List.of("rank_1", "rank_2", "rank_3");
    /** The options the bootstrap fixtures were made with. */
    static final ConcernOptions OPTIONS = ConcernOptions.defaults(3).withSeed(20261130).withReplicates(500);
    private static final Map<String, List<Map<String, String>>> CACHE = new HashMap<>();
    private static ConcernAnalysis analysis;

    private ConcernFixtures() {
    }

    static synchronized List<Map<String, String>> csv(String name) {
        return CACHE.computeIfAbsent(name, ConcernFixtures::read);
    }

    private static List<Map<String, String>> read(String name) {
        return RFixtures.table("/analysis/concerns/" + name, "see analysis/concerns/README.md");
    }

    /** The caller's single pass: respondent rows to units (weighting cell x ranking), in order of first appearance. */
    static RankingSample sample() {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (Map<String, String> row : csv("respondents.csv")) {
            List<String> key = new ArrayList<>();
            WEIGHTING.forEach(variable -> key.add(row.get(variable)));
            RANK_COLUMNS.forEach(column -> key.add(row.get(column)));
            counts.merge(key, 1L, Long::sum);
        }
        List<RankingUnit> units = new ArrayList<>();
        counts.forEach((key, n) -> units.add(new RankingUnit(key.subList(0, 3), key.subList(3, 6), n)));
        return new RankingSample(WEIGHTING, CONCERNS, 3, units);
    }

    static List<Margin> margins() {
        Map<String, Map<String, Double>> byVariable = new LinkedHashMap<>();
        for (Map<String, String> row : csv("margins.csv")) {
            byVariable.computeIfAbsent(row.get("variable"), v -> new LinkedHashMap<>())
                    .put(row.get("category"), Double.parseDouble(row.get("population")));
        }
        List<Margin> margins = new ArrayList<>();
        byVariable.forEach((variable, populations) -> margins.add(Margin.of(variable, populations)));
        return margins;
    }

    /** The engine's analysis of the fixture sample with the fixture options (computed once). */
    static synchronized ConcernAnalysis analysis() {
        if (analysis == null) {
            analysis = ConcernRanking.analyse(sample(), margins(), OPTIONS);
        }
        return analysis;
    }

    static double number(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    static String key(List<String> values) {
        return Arrays.toString(values.toArray());
    }
}
