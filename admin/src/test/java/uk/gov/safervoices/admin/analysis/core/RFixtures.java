package uk.gov.safervoices.admin.analysis.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the fixtures made by {@code src/test/resources/analysis/make-fixtures.R}, and ({@link #table}) any CSV
 * fixture from R under {@code src/test/resources/} (gzipped if its name ends in .gz). Empty fields and R's NA are null.
 */
public final class RFixtures {

    static final List<String> WEIGHTING = List.of("ward", "age_band", "sex");
    private static final Map<String, List<Map<String, String>>> CACHE = new HashMap<>();

    private RFixtures() {
    }

    static synchronized List<Map<String, String>> csv(String name) {
        return CACHE.computeIfAbsent(name, RFixtures::read);
    }

    private static List<Map<String, String>> read(String name) {
        return table("/analysis/" + name, "run make-fixtures.R");
    }

    /** A CSV fixture on the test classpath: one map per row, by column; {@code hint} says how to make it. */
    public static List<Map<String, String>> table(String path, String hint) {
        try (InputStream raw = RFixtures.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("No fixture " + path + "; " + hint);
            }
            InputStream in = path.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], fields[i].isEmpty() || fields[i].equals("NA") ? null : fields[i]);
                }
                rows.add(row);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> respondents(String wave) {
        return csv("respondents-" + wave + ".csv");
    }

    static List<Margin> margins(String wave) {
        Map<String, Map<String, Double>> byVariable = new LinkedHashMap<>();
        for (Map<String, String> row : csv("margins-" + wave + ".csv")) {
            byVariable.computeIfAbsent(row.get("variable"), v -> new LinkedHashMap<>())
                    .put(row.get("category"), Double.parseDouble(row.get("population")));
        }
        List<Margin> margins = new ArrayList<>();
        byVariable.forEach((variable, populations) -> margins.add(Margin.of(variable, populations)));
        return margins;
    }

    /** The single streaming pass a caller makes: respondent rows to weighting cells. */
    static WeightingCells weightingCells(List<Map<String, String>> rows, List<String> variables) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            counts.merge(categories(row, variables), 1L, Long::sum);
        }
        List<WeightingCell> cells = new ArrayList<>();
        counts.forEach((categories, n) -> cells.add(new WeightingCell(categories, n)));
        return new WeightingCells(variables, cells);
    }

    /** Respondent rows to answer cells: weighting cell x answer (x group when {@code by} is not null). */
    static List<AnswerCell> answerCells(List<Map<String, String>> rows, List<String> variables, String question,
                                        String by) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            List<String> key = new ArrayList<>(categories(row, variables));
            key.add(row.get(question));
            key.add(by == null ? null : row.get(by));
            counts.merge(key, 1L, Long::sum);
        }
        List<AnswerCell> cells = new ArrayList<>();
        int n = variables.size();
        counts.forEach((key, count) -> cells.add(new AnswerCell(key.subList(0, n), key.get(n), key.get(n + 1), count)));
        return cells;
    }

    static List<String> categories(Map<String, String> row, List<String> variables) {
        return Arrays.asList(variables.stream().map(row::get).toArray(String[]::new));
    }

    static double number(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.equals("NA") ? Double.NaN : Double.parseDouble(value);
    }

    static double relativeDifference(double actual, double expected) {
        if (actual == expected) {
            return 0;
        }
        return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
    }
}
