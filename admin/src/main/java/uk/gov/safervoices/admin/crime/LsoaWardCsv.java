package uk.gov.safervoices.admin.crime;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the LSOA to ward lookup, {@code lsoa_code,ward_code} (the shape of the ONS lookup's two code columns).
 * Every problem is reported with its line; nothing is returned unless the whole file is good.
 */
public final class LsoaWardCsv {
    public static final List<String> HEADER = List.of("lsoa_code", "ward_code");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,16}");
    private static final int MAX_PROBLEMS = 20;

    private LsoaWardCsv() {
    }

    /** The lookup (LSOA code to ward code), or the problems found. */
    public record Result(Map<String, String> wards, List<CrimeFileProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result read(String fileName, String text) {
        List<CrimeFileProblem> problems = new ArrayList<>();
        Map<String, String> wards = new LinkedHashMap<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (!record.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER)) {
                        problems.add(new CrimeFileProblem(fileName, line, "The first line must be the header "
                                + "lsoa_code,ward_code"));
                        break;
                    }
                    continue;
                }
                String problem = record.size() != 2 ? "Expected 2 fields (lsoa_code,ward_code), found " + record.size()
                        : !CODE.matcher(record.get(0)).matches() ? "\"" + record.get(0) + "\" is not an LSOA code"
                        + " (e.g. E01000001)"
                        : !CODE.matcher(record.get(1)).matches() ? "\"" + record.get(1) + "\" is not a ward code"
                        + " (e.g. E05000001)"
                        : wards.containsKey(record.get(0)) ? record.get(0) + " is listed twice" : null;
                if (problem != null) {
                    problems.add(new CrimeFileProblem(fileName, line, problem));
                } else {
                    wards.put(record.get(0), record.get(1));
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new CrimeFileProblem(fileName, 0, "The file could not be read as CSV: " + e.getMessage()));
        }
        if (problems.isEmpty() && wards.isEmpty()) {
            problems.add(new CrimeFileProblem(fileName, 1, "The file lists no LSOAs: add one line per LSOA"));
        }
        return new Result(problems.isEmpty() ? wards : Map.of(), problems);
    }
}
