package uk.gov.safervoices.admin.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.crime.CrimeFile;
import uk.gov.safervoices.admin.crime.CrimeImports;
import uk.gov.safervoices.admin.crime.CrimeIndicatorReports;
import uk.gov.safervoices.admin.crime.CrimeMappings;
import uk.gov.safervoices.admin.crime.LsoaWardCsv;
import uk.gov.safervoices.admin.crime.core.ConcernIndicator;
import uk.gov.safervoices.admin.crime.core.CrimeIndicatorTable;
import uk.gov.safervoices.admin.crime.core.PlanYear;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demonstration police crime (survey-definitions/demo/police-crime): the checked-in lookup is the generator's,
 * and importing the generated ZIP gives indicators for both plan years, with a trend.
 */
@MicronautTest(transactional = false)
class DemoPoliceCrimeTest {
    static final Path FOLDER = Path.of("..", "survey-definitions", "demo", "police-crime");

    @Inject CrimeImports imports;
    @Inject CrimeMappings mappings;
    @Inject CrimeIndicatorReports reports;
    @Inject Tables tables;

    @Singleton
    static class Tables {
        private final JdbcOperations jdbc;

        Tables(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        void empty() {
            for (String table : List.of("crime_count", "crime_import", "lsoa_ward")) {
                jdbc.prepareStatement("DELETE FROM " + table, statement -> statement.executeUpdate());
            }
        }
    }

    @BeforeEach
    @AfterEach
    void emptyTables() {
        tables.empty();
    }

    @Test
    void theCheckedInLookupIsTheGenerators() throws IOException {
        assertEquals(DemoPoliceCrimeCommand.exampleBorough().lsoaWards(),
                Files.readString(FOLDER.resolve(DemoPoliceCrimeCommand.LOOKUP)));
    }

    @Test
    void theSameArgumentsGiveTheSameFiles() {
        assertArrayEquals(DemoPoliceCrimeCommand.exampleBorough().zip(YearMonth.of(2024, 4), 2),
                DemoPoliceCrimeCommand.exampleBorough().zip(YearMonth.of(2024, 4), 2));
    }

    @Test
    void importingTheDemonstrationGivesIndicatorsForBothPlanYears() throws IOException {
        Path out = Files.createTempDirectory("demo-police-crime");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Clock november2026 = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
        assertEquals(0, DemoPoliceCrimeCommand.run(new String[] {"--out", out.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err, november2026));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("plan years 2024/25 and 2025/26"), printed.toString());
        byte[] zip = Files.readAllBytes(out.resolve(DemoPoliceCrimeCommand.ZIP));
        assertTrue(zip.length < 2_500_000, "small enough to hand round: " + zip.length);

        LsoaWardCsv.Result lookup = LsoaWardCsv.read("lsoa-wards.csv",
                Files.readString(out.resolve(DemoPoliceCrimeCommand.LOOKUP)));
        assertTrue(lookup.ok(), lookup.problems().toString());
        mappings.replaceLsoaWards("test", lookup.wards());
        CrimeImports.Outcome outcome = imports.importFiles("test",
                CrimeFile.expand(DemoPoliceCrimeCommand.ZIP, zip));
        assertTrue(outcome.ok(), outcome.reading().problems().toString());
        assertEquals(24, outcome.saved().months().split(", ").length);
        assertTrue(outcome.saved().rows() > 40_000, "a year is about 25,000 rows: " + outcome.saved().rows());
        assertTrue(outcome.saved().outsideRows() > 0, "some rows are outside the borough, as in a force's files");
        assertEquals(0, outcome.saved().unknownTypeRows(), "every type is one data.police.uk publishes");

        assertEquals(List.of(new PlanYear(2025), new PlanYear(2024)), reports.planYears());
        CrimeIndicatorTable first = reports.indicators(new PlanYear(2024), 175_000);
        CrimeIndicatorTable second = reports.indicators(new PlanYear(2025), 175_000);
        assertEquals(12, first.months());
        assertEquals(12, second.months());
        assertEquals(12, second.previousMonths());
        assertTrue(second.complete());
        Map<String, ConcernIndicator> latest = second.concerns().stream()
                .collect(Collectors.toMap(ConcernIndicator::concernCode, c -> c));
        for (String concern : List.of("asb", "violent_crime", "burglary", "drug_dealing", "knife_crime",
                "vehicle_crime", "vandalism")) {
            ConcernIndicator indicator = latest.get(concern);
            assertTrue(indicator != null && indicator.volume() > 0 && indicator.previousVolume().isPresent(),
                    concern + ": " + indicator);
        }
        assertTrue(latest.get("drug_dealing").changePercent().orElseThrow() > 5, latest.get("drug_dealing").toString());
        assertTrue(latest.get("burglary").changePercent().orElseThrow() < 0, latest.get("burglary").toString());
        double perThousand = latest.get("violent_crime").perThousand().orElseThrow();
        assertTrue(perThousand > 20 && perThousand < 50, "violence and sexual offences plus robbery: " + perThousand);
        assertTrue(Arrays.stream(outcome.saved().files().split(", ")).allMatch(f -> f.endsWith("-street.csv")),
                outcome.saved().files());
    }
}
