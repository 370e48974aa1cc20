package uk.gov.safervoices.admin.crime;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.admin.DatabaseRows;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.admin.crime.core.ConcernIndicator;
import uk.gov.safervoices.admin.crime.core.CrimeIndicatorTable;
import uk.gov.safervoices.admin.crime.core.PlanYear;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.safervoices.admin.crime.PoliceCrimeCsvTest.resource;

/** Importing police recorded crime on the database: counts only, all or nothing, months replaced, audited. */
@MicronautTest(transactional = false)
class CrimeImportsTest {
    @Inject CrimeImports imports;
    @Inject CrimeMappings mappings;
    @Inject CrimeIndicatorReports reports;
    @Inject CrimeTables tables;
    @Inject DatabaseRows rows;
    @Inject AuditLog audit;

    /** Empties the crime tables (only these tests write them in this module), keeping the shipped mappings. */
    @Singleton
    static class CrimeTables {
        private final JdbcOperations jdbc;

        CrimeTables(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        void empty() {
            for (String table : List.of("crime_count", "crime_import", "lsoa_ward")) {
                jdbc.prepareStatement("DELETE FROM " + table, statement -> statement.executeUpdate());
            }
            forget("Fraud");
        }

        @Transactional
        void forget(String crimeType) {
            jdbc.prepareStatement("DELETE FROM crime_type_mapping WHERE crime_type = ?", statement -> {
                statement.setString(1, crimeType);
                return statement.executeUpdate();
            });
        }
    }

    @BeforeEach
    void emptyTables() {
        tables.empty();
        mappings.replaceLsoaWards("test", LsoaWardCsv.read("lsoa-wards.csv",
                new String(resource("lsoa-wards.csv"), java.nio.charset.StandardCharsets.UTF_8)).wards());
    }

    static List<CrimeFile> twoMonths() {
        return List.of(new CrimeFile("2024-04-example-street.csv", resource("2024-04-example-street.csv")),
                new CrimeFile("2024-05-example-street.csv", resource("2024-05-example-street.csv")));
    }

    @Test
    void countsAreStoredByMonthWardAndType_withTheImportRecordedAndAudited() {
        CrimeImports.Outcome outcome = imports.importFiles("analyst-1", twoMonths());
        assertTrue(outcome.ok(), outcome.reading().problems().toString());
        CrimeImport saved = outcome.saved();
        assertEquals(9, saved.rows());
        assertEquals("2024-04, 2024-05", saved.months());
        assertEquals(2, saved.outsideRows());
        assertEquals(0, saved.unknownTypeRows(), "every shipped crime type is mapped");
        assertEquals("2024-04-example-street.csv, 2024-05-example-street.csv", saved.files());
        assertEquals(List.of(), outcome.replacedMonths());
        assertEquals(9, rows.count("SELECT SUM(crimes) FROM crime_count"));
        assertEquals(2, rows.count("SELECT crimes FROM crime_count WHERE crime_month = '2024-04' AND ward_code = 'E05099001'"
                + " AND crime_type = 'Anti-social behaviour'"));
        assertEquals("analyst-1", audit.about("crime_import", saved.id()).get(0).actor());
        assertEquals(List.of(saved), imports.all());
    }

    @Test
    void importingAMonthAgainReplacesIt() {
        imports.importFiles("test", twoMonths());
        CrimeImports.Outcome again = imports.importFiles("test", List.of(twoMonths().get(1)));
        assertEquals(List.of(YearMonth.of(2024, 5)), again.replacedMonths());
        assertEquals(9, rows.count("SELECT SUM(crimes) FROM crime_count"), "May counted once");
        assertEquals(2, imports.all().size());
        assertEquals("replaced 2024-05", audit.about("crime_import", again.saved().id()).get(0).beforeValue());
    }

    @Test
    void oneUnreadableRowAnywhereSavesNothing() {
        List<CrimeFile> files = new java.util.ArrayList<>(twoMonths());
        files.add(new CrimeFile("2024-06-example-street.csv", (PoliceCrimeCsvTest.HEADER
                + "\n,2024-06,Example Constabulary,Example Constabulary,,,,E01099001,,Drugs,,\n"
                + ",2024-6,Example Constabulary,Example Constabulary,,,,E01099001,,Drugs,,\n").getBytes()));
        CrimeImports.Outcome outcome = imports.importFiles("test", files);
        assertFalse(outcome.ok());
        assertNull(outcome.saved());
        assertEquals("2024-06-example-street.csv, line 3: Month \"2024-6\" is not a month in the form YYYY-MM"
                + " (e.g. 2024-04)", outcome.reading().problems().get(0).toString());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM crime_count"));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM crime_import"));
    }

    @Test
    void theIndicatorsCountOnlyCrimesInsideTheArea_andUnmappedTypesAreReported() {
        imports.importFiles("test", twoMonths());
        CrimeIndicatorTable table = reports.indicators(new PlanYear(2024), 2000);
        assertEquals(List.of(new PlanYear(2024)), reports.planYears());
        assertEquals(2, table.months());
        assertEquals(0, table.previousMonths());
        Map<String, ConcernIndicator> byConcern = new java.util.HashMap<>();
        table.concerns().forEach(indicator -> byConcern.put(indicator.concernCode(), indicator));
        assertEquals(3, byConcern.get("asb").volume());
        assertEquals(1.5, byConcern.get("asb").perThousand().getAsDouble(), 1e-12);
        assertEquals(2, byConcern.get("burglary").volume());
        assertEquals(160, byConcern.get("burglary").harm(), 1e-9, "2 x the shipped illustrative 80");
        assertFalse(byConcern.containsKey("vehicle_crime"), "the one vehicle crime was outside the area");
        assertFalse(byConcern.containsKey("violent_crime"), "the one violent crime had no location");

        CrimeFile novel = new CrimeFile("novel.csv", (PoliceCrimeCsvTest.HEADER
                + "\n,2024-07,Example Constabulary,Example Constabulary,,,,E01099001,,Fraud,,\n").getBytes());
        CrimeImports.Outcome outcome = imports.importFiles("test", List.of(novel));
        assertEquals(Map.of("Fraud", 1L), outcome.reading().unknownTypes());
        assertEquals(1, outcome.saved().unknownTypeRows());
        assertEquals(List.of("Fraud"), mappings.unmappedImportedTypes());
    }

    @Test
    void crimeTypeSettingsAreSavedAndAudited() {
        CrimeTypeSetting drugs = mappings.crimeTypes().stream().filter(s -> s.crimeType().equals("Drugs"))
                .findFirst().orElseThrow();
        assertEquals("drug_dealing", drugs.concernCode());
        assertTrue(drugs.harmSource().startsWith("Illustrative"));
        mappings.saveCrimeTypes("analyst-2", List.of(new CrimeTypeSetting("Drugs", null, 42, "Force harm index 2025",
                null, null), new CrimeTypeSetting("Fraud", "hate_crime", 7, "Test", null, null)));
        CrimeTypeSetting saved = mappings.crimeTypes().stream().filter(s -> s.crimeType().equals("Drugs"))
                .findFirst().orElseThrow();
        assertNull(saved.concernCode());
        assertEquals(42, saved.harmWeight());
        assertEquals("analyst-2", saved.updatedBy());
        assertEquals(1, audit.about("crime_type", "Drugs").size());
        mappings.saveCrimeTypes("test", List.of(new CrimeTypeSetting("Drugs", "drug_dealing", 30,
                drugs.harmSource(), null, null)));
        tables.forget("Fraud");
    }
}
