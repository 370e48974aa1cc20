package uk.gov.safervoices.admin.weighting;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.MarginCategory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads population margins in long form, {@code variable,category,population}, one row per category (several
 * variables per file). Every problem is reported with its line and column; nothing is returned unless the whole
 * file is good.
 */
public final class MarginCsv {
    public static final List<String> HEADER = List.of("variable", "category", "population");
    private static final Pattern VARIABLE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final int MAX_CATEGORY_LENGTH = 100;
    private static final int MAX_PROBLEMS = 20;

    private MarginCsv() {
    }

    /** A problem at a place in the file: line 1 is the header. */
    public record Problem(long line, String column, String message) {
        @Override
        public String toString() {
            return "line " + line + (column == null ? "" : ", column \"" + column + "\"") + ": " + message;
        }
    }

    /** The margins, or the problems found (at most 20). */
    public record Result(List<Margin> margins, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result read(String text) {
        return read(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
    }

    public static Result read(Reader reader) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, Double>> byVariable = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    List<String> names = record.stream().map(s -> s.strip().toLowerCase(java.util.Locale.ROOT)).toList();
                    if (!names.equals(HEADER)) {
                        problems.add(new Problem(line, null, "The first line must be the header"
                                + " variable,category,population (found " + String.join(",", record.toList()) + ")"));
                        return new Result(List.of(), problems);
                    }
                    continue;
                }
                readRow(record, line, byVariable, problems);
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(0, null, "The file could not be read as CSV: " + e.getMessage()));
        }
        if (problems.isEmpty() && byVariable.isEmpty()) {
            problems.add(new Problem(1, null, "The file has no populations: add one line per category"));
        }
        List<Margin> margins = new ArrayList<>();
        if (problems.isEmpty()) {
            byVariable.forEach((variable, categories) -> margins.add(new Margin(variable,
                    categories.entrySet().stream().map(e -> new MarginCategory(e.getKey(), e.getValue())).toList())));
        }
        return new Result(margins, problems);
    }

    private static void readRow(CSVRecord record, long line, Map<String, Map<String, Double>> byVariable,
                                List<Problem> problems) {
        if (record.size() != 3) {
            problems.add(new Problem(line, null, "Expected 3 fields (variable,category,population), found "
                    + record.size()));
            return;
        }
        String variable = record.get(0);
        String category = record.get(1);
        String population = record.get(2);
        if (!VARIABLE.matcher(variable).matches()) {
            problems.add(new Problem(line, "variable", "\"" + variable + "\" is not a variable id: use lower-case"
                    + " letters, digits and underscores, starting with a letter (e.g. age_band)"));
            return;
        }
        if (category.isEmpty() || category.length() > MAX_CATEGORY_LENGTH) {
            problems.add(new Problem(line, "category", "Give a category of 1 to " + MAX_CATEGORY_LENGTH
                    + " characters"));
            return;
        }
        double value;
        try {
            value = Double.parseDouble(population.replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new Problem(line, "population", "\"" + population + "\" is not a number"));
            return;
        }
        if (!Double.isFinite(value) || value < 0) {
            problems.add(new Problem(line, "population", "The population must be zero or more"));
            return;
        }
        Map<String, Double> categories = byVariable.computeIfAbsent(variable, v -> new LinkedHashMap<>());
        if (categories.putIfAbsent(category, value) != null) {
            problems.add(new Problem(line, "category", "\"" + category + "\" is listed twice for " + variable));
        }
    }
}
