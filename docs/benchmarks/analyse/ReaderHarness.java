package uk.gov.safervoices.admin.analysis.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The measurement behind docs/adr/0014: in one JVM, five rounds of (1) Commons CSV counting records, (2) Commons CSV
 * reading every field as a String (what aggregation would need), (3) our reader counting records (the bare pass of
 * `analyse --count-only`), (4) our one pass into cells. Run by run.sh:
 * {@code java -Xmx256m -cp admin/target/classes:commons-csv.jar:commons-math3.jar:OUT ...ReaderHarness FILE}.
 */
public final class ReaderHarness {

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        List<String> columns = ResponsesFile.header(file, "r");
        AnalysisPlan plan = AnalysisPlan.of(columns, List.of("ward", "age_band", "sex"), List.of("ward"));
        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            long commonsRecords = 0;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
                for (CSVRecord ignored : parser) {
                    commonsRecords++;
                }
            }
            long t1 = System.nanoTime();
            long fieldChars = 0;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
                for (CSVRecord record : parser) {
                    for (String field : record) {
                        fieldChars += field.length();
                    }
                }
            }
            long t2 = System.nanoTime();
            long ours = ResponsesFile.countRecords(file, "r");
            long t3 = System.nanoTime();
            ResponseCells cells = ResponsesFile.aggregate(file, "r", plan);
            long t4 = System.nanoTime();
            System.out.printf("round %d: commons-csv count %d ms, commons-csv fields %d ms, our reader count %d ms, "
                            + "our pass into cells %d ms (%d/%d records, %d chars, %d respondents)%n", round,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                    commonsRecords - 1, ours, fieldChars, cells.respondentCount());
        }
    }
}
