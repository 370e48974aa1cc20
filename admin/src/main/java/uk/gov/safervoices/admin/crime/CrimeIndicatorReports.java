package uk.gov.safervoices.admin.crime;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.crime.core.CrimeIndicatorTable;
import uk.gov.safervoices.admin.crime.core.CrimeIndicators;
import uk.gov.safervoices.admin.crime.core.MonthlyCrimeCount;
import uk.gov.safervoices.admin.crime.core.PlanYear;

import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The crime indicators of a plan year: SQL adds up the counts inside the partnership's area (every ward, all
 * forces) by month and crime type for that year and the one before; {@link CrimeIndicators} does the rest.
 */
@Singleton
public class CrimeIndicatorReports {
    private final JdbcOperations jdbc;
    private final CrimeMappings mappings;

    CrimeIndicatorReports(JdbcOperations jdbc, CrimeMappings mappings) {
        this.jdbc = jdbc;
        this.mappings = mappings;
    }

    /** The plan years with any imported month, latest first. */
    @Transactional
    public List<PlanYear> planYears() {
        return jdbc.prepareStatement("SELECT DISTINCT crime_month FROM crime_count", statement -> {
            TreeSet<PlanYear> years = new TreeSet<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    years.add(PlanYear.of(YearMonth.parse(result.getString(1))));
                }
            }
            return new ArrayList<>(years.descendingSet());
        });
    }

    @Transactional
    public CrimeIndicatorTable indicators(PlanYear year, double population) {
        String sql = "SELECT crime_month, crime_type, SUM(crimes) FROM crime_count WHERE ward_code <> ?"
                + " AND crime_month >= ? AND crime_month <= ? GROUP BY crime_month, crime_type";
        List<MonthlyCrimeCount> counts = jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, CrimeAggregation.OUTSIDE);
            statement.setString(2, YearMonth.of(year.startYear() - 1, 4).toString());
            statement.setString(3, YearMonth.of(year.startYear() + 1, 3).toString());
            List<MonthlyCrimeCount> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new MonthlyCrimeCount(YearMonth.parse(result.getString(1)), result.getString(2),
                            result.getLong(3)));
                }
            }
            return rows;
        });
        return CrimeIndicators.compute(counts, mappings.crimeTypes().stream().map(CrimeTypeSetting::mapping).toList(),
                year, population);
    }
}
