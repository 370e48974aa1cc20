package uk.gov.safervoices.admin.crime;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a data.police.uk street-level crime file ({@code 2024-04-force-street.csv}): a header line exactly as
 * {@link #HEADER}, then one crime (or anti-social behaviour incident, with no Crime ID) per line. A UTF-8 byte
 * order mark, CRLF line ends and quoted fields with commas are all fine. Each good row goes to the consumer; each
 * unreadable one is a {@link CrimeFileProblem} with the file's name and the line it starts on.
 */
public final class PoliceCrimeCsv {
    public static final List<String> HEADER = List.of("Crime ID", "Month", "Reported by", "Falls within",
            "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category",
            "Context");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final int MONTH_COLUMN = 1;
    private static final int REPORTED_BY_COLUMN = 2;
    private static final int LSOA_COLUMN = 7;
    private static final int TYPE_COLUMN = 9;
    private static final int MAX_TEXT = 100;

    private PoliceCrimeCsv() {
    }

    /** What the counts need from a row: nothing that places a crime more finely than its LSOA. */
    public record Row(YearMonth month, String reportedBy, String lsoaCode, String crimeType) {
    }

    /**
     * Reads one file, giving each good row to {@code rows}; answers the problems found (at most {@code maxProblems}).
     */
    public static List<CrimeFileProblem> read(String fileName, Reader reader, Consumer<Row> rows, int maxProblems) {
        List<CrimeFileProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(withoutByteOrderMark(reader), format)) {
            long line = 1;
            boolean header = true;
            for (CSVRecord record : parser) {
                long startLine = line;
                line = parser.getCurrentLineNumber() + 1;
                if (header) {
                    header = false;
                    if (!record.toList().stream().map(String::strip).toList().equals(HEADER)) {
                        problems.add(new CrimeFileProblem(fileName, 1, "The first line must be the data.police.uk"
                                + " street-level header: " + String.join(",", HEADER)));
                        return problems;
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                String problem = check(record);
                if (problem != null) {
                    problems.add(new CrimeFileProblem(fileName, startLine, problem));
                    if (problems.size() >= maxProblems) {
                        return problems;
                    }
                    continue;
                }
                rows.accept(new Row(YearMonth.parse(record.get(MONTH_COLUMN).strip()),
                        record.get(REPORTED_BY_COLUMN).strip(), record.get(LSOA_COLUMN).strip(),
                        record.get(TYPE_COLUMN).strip()));
            }
            if (header) {
                problems.add(new CrimeFileProblem(fileName, 1, "The file is empty"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new CrimeFileProblem(fileName, 0, "The file could not be read as CSV: " + e.getMessage()));
        }
        return problems;
    }

    private static String check(CSVRecord record) {
        if (record.size() != HEADER.size()) {
            return "Expected " + HEADER.size() + " fields, found " + record.size();
        }
        String month = record.get(MONTH_COLUMN).strip();
        if (!MONTH.matcher(month).matches()) {
            return "Month \"" + month + "\" is not a month in the form YYYY-MM (e.g. 2024-04)";
        }
        String reportedBy = record.get(REPORTED_BY_COLUMN).strip();
        if (reportedBy.isEmpty() || reportedBy.length() > MAX_TEXT) {
            return "Reported by must name the police force (1 to " + MAX_TEXT + " characters)";
        }
        String type = record.get(TYPE_COLUMN).strip();
        if (type.isEmpty() || type.length() > MAX_TEXT) {
            return "Crime type must be given (1 to " + MAX_TEXT + " characters)";
        }
        if (record.get(LSOA_COLUMN).strip().length() > 16) {
            return "LSOA code \"" + record.get(LSOA_COLUMN).strip() + "\" is too long for an LSOA code";
        }
        return null;
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        BufferedReader buffered = new BufferedReader(reader);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        return buffered;
    }
}
