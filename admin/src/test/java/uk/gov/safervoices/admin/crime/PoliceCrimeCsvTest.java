package uk.gov.safervoices.admin.crime;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading data.police.uk street-level files: the real format's quirks, and bad rows by file and line. */
class PoliceCrimeCsvTest {
    static final String HEADER = String.join(",", PoliceCrimeCsv.HEADER);

    static byte[] resource(String name) {
        try (InputStream in = PoliceCrimeCsvTest.class.getResourceAsStream("/crime/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRealFileWithAByteOrderMarkCrlfAndQuotedCommasIsRead() {
        List<PoliceCrimeCsv.Row> rows = new ArrayList<>();
        String text = new String(resource("2024-04-example-street.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF") && text.contains("\r\n"), "the fixture is as data.police.uk's files");
        List<CrimeFileProblem> problems = PoliceCrimeCsv.read("april.csv", new StringReader(text), rows::add, 10);
        assertEquals(List.of(), problems);
        assertEquals(6, rows.size());
        assertEquals(new PoliceCrimeCsv.Row(YearMonth.of(2024, 4), "Example Constabulary", "E01099001", "Burglary"),
                rows.get(0));
        assertEquals("Anti-social behaviour", rows.get(1).crimeType(), "an ASB row has no Crime ID");
        assertEquals("Drugs", rows.get(3).crimeType(), "quoted fields with commas keep the columns in place");
        assertEquals("", rows.get(4).lsoaCode(), "a crime with no location has no LSOA");
    }

    @Test
    void badRowsAreReportedByFileAndLine_andGoodRowsStillRead() {
        String text = HEADER + "\r\n"
                + ",2024-04,Force,Force,,,,E01,,Burglary,,\r\n"
                + ",2024-13,Force,Force,,,,E01,,Burglary,,\r\n"
                + ",2024-04,Force,Force,,,,E01,,Burglary\r\n"
                + ",\"2024-04\",Force,Force,,,\"On or near\nsomewhere\",E01,,Drugs,,\r\n"
                + ",April,Force,Force,,,,E01,,Drugs,,\r\n"
                + ",2024-04,Force,Force,,,,E01,,,,\r\n";
        List<PoliceCrimeCsv.Row> rows = new ArrayList<>();
        List<CrimeFileProblem> problems = PoliceCrimeCsv.read("bad.csv", new StringReader(text), rows::add, 10);
        assertEquals(List.of(
                "bad.csv, line 3: Month \"2024-13\" is not a month in the form YYYY-MM (e.g. 2024-04)",
                "bad.csv, line 4: Expected 12 fields, found 10",
                "bad.csv, line 7: Month \"April\" is not a month in the form YYYY-MM (e.g. 2024-04)",
                "bad.csv, line 8: Crime type must be given (1 to 100 characters)"),
                problems.stream().map(CrimeFileProblem::toString).toList());
        assertEquals(2, rows.size(), "a field over two lines is one row");
    }

    @Test
    void aWrongHeaderStopsTheFileAtLineOne() {
        List<CrimeFileProblem> problems = PoliceCrimeCsv.read("outcomes.csv", new StringReader(
                "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type\n"),
                row -> { }, 10);
        assertEquals(1, problems.size());
        assertEquals(1, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("The first line must be the data.police.uk street-level"));
        assertEquals("The file is empty", PoliceCrimeCsv.read("empty.csv", new StringReader(""), row -> { }, 10)
                .get(0).message());
    }

    @Test
    void theAggregationCountsByMonthForceWardAndType_placingUnknownLsoasOutside() {
        CrimeReading reading = new CrimeAggregation(Map.of("E01099001", "E05099001", "E01099002", "E05099001",
                "E01099003", "E05099002"), Set.of("Burglary", "Anti-social behaviour", "Drugs", "Vehicle crime",
                "Violence and sexual offences"))
                .read(new CrimeFile("a.csv", resource("2024-04-example-street.csv")))
                .read(new CrimeFile("b.csv", resource("2024-05-example-street.csv"))).result();
        assertTrue(reading.ok(), reading.problems().toString());
        assertEquals(9, reading.rows());
        assertEquals(List.of(YearMonth.of(2024, 4), YearMonth.of(2024, 5)), reading.months());
        assertEquals(2, reading.outsideRows(), "no location, and an LSOA of another area");
        assertEquals(List.of("(no LSOA)", "E01077777"), reading.unmappedLsoas());
        assertEquals(Map.of("Possession of weapons", 1L), reading.unknownTypes());
        assertEquals(2L, reading.counts().get(new CrimeAggregation.CountKey(YearMonth.of(2024, 4),
                "Example Constabulary", "E05099001", "Anti-social behaviour")));
        assertEquals(1L, reading.counts().get(new CrimeAggregation.CountKey(YearMonth.of(2024, 4),
                "Example Constabulary", CrimeAggregation.OUTSIDE, "Vehicle crime")));
    }

    @Test
    void oneBadRowInAnyFileMeansNothingToSave() {
        CrimeReading reading = new CrimeAggregation(Map.of(), Set.of())
                .read(new CrimeFile("good.csv", resource("2024-04-example-street.csv")))
                .read(new CrimeFile("bad.csv", (HEADER + "\n,2024-04,F,F,,,,,,Drugs\n").getBytes())).result();
        assertFalse(reading.ok());
        assertEquals("bad.csv, line 2: Expected 12 fields, found 10", reading.problems().get(0).toString());
    }

    @Test
    void aZipGivesItsStreetFilesAndLeavesOutcomesFilesOut() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String name : List.of("2024-04/2024-04-example-street.csv", "2024-04/2024-04-example-outcomes.csv",
                    "2024-05/2024-05-example-street.csv")) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write(resource(name.endsWith("outcomes.csv") ? "lsoa-wards.csv" : name.substring(8)));
                zip.closeEntry();
            }
        }
        List<CrimeFile> files = CrimeFile.expand("download.zip", bytes.toByteArray());
        assertEquals(List.of("download.zip: 2024-04/2024-04-example-street.csv",
                "download.zip: 2024-05/2024-05-example-street.csv"), files.stream().map(CrimeFile::name).toList());
        assertEquals(1, CrimeFile.expand("one.csv", new byte[] {1}).size());
    }

    @Test
    void theLsoaLookupIsReadWithProblemsByLine() {
        LsoaWardCsv.Result good = LsoaWardCsv.read("wards.csv", new String(resource("lsoa-wards.csv"),
                java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(good.ok(), good.problems().toString());
        assertEquals("E05099002", good.wards().get("E01099003"));
        LsoaWardCsv.Result bad = LsoaWardCsv.read("wards.csv", "lsoa_code,ward_code\nE01,E05\nE01,E06\nE02 X,E05\n");
        assertEquals(List.of("wards.csv, line 3: E01 is listed twice",
                "wards.csv, line 4: \"E02 X\" is not an LSOA code (e.g. E01000001)"),
                bad.problems().stream().map(CrimeFileProblem::toString).toList());
        assertTrue(bad.wards().isEmpty());
    }
}
