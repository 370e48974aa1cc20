package uk.gov.safervoices.admin.crime.core;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crime indicators, against figures worked by hand. */
class CrimeIndicatorsTest {
    static final List<CrimeTypeMapping> MAPPINGS = List.of(
            new CrimeTypeMapping("Burglary", "burglary", 80),
            new CrimeTypeMapping("Robbery", "violent_crime", 365),
            new CrimeTypeMapping("Violence and sexual offences", "violent_crime", 120),
            new CrimeTypeMapping("Shoplifting", null, 5));

    static MonthlyCrimeCount count(int year, int month, String type, long crimes) {
        return new MonthlyCrimeCount(YearMonth.of(year, month), type, crimes);
    }

    @Test
    void planYearsRunFromAprilToMarch() {
        assertEquals(new PlanYear(2024), PlanYear.of(YearMonth.of(2024, 4)));
        assertEquals(new PlanYear(2024), PlanYear.of(YearMonth.of(2025, 3)));
        assertEquals(new PlanYear(2023), PlanYear.of(YearMonth.of(2024, 3)));
        assertEquals("2024/25", new PlanYear(2024).label());
        assertEquals("1999/00", new PlanYear(1999).label());
    }

    @Test
    void volumeRateTrendAndHarmWorkedByHand() {
        List<MonthlyCrimeCount> counts = List.of(
                // 2024/25: burglary 30 + 20 = 50; violent crime 10 robberies + 90 violence = 100
                count(2024, 4, "Burglary", 30), count(2025, 3, "Burglary", 20),
                count(2024, 6, "Robbery", 10), count(2024, 6, "Violence and sexual offences", 90),
                count(2024, 6, "Shoplifting", 500),
                // 2023/24: burglary 40; violent crime 100
                count(2023, 4, "Burglary", 40), count(2024, 3, "Violence and sexual offences", 100),
                // neither year: ignored
                count(2025, 4, "Burglary", 1000), count(2023, 3, "Burglary", 1000));
        CrimeIndicatorTable table = CrimeIndicators.compute(counts, MAPPINGS, new PlanYear(2024), 20_000);

        assertEquals(3, table.months(), "April, June and March");
        assertEquals(2, table.previousMonths());
        assertFalse(table.complete());
        assertEquals(List.of("violent_crime", "burglary"), table.concerns().stream()
                .map(ConcernIndicator::concernCode).toList(), "largest volume first; shoplifting has no concern");

        ConcernIndicator violent = table.concerns().get(0);
        assertEquals(100, violent.volume());
        assertEquals(5.0, violent.perThousand().getAsDouble(), 1e-12, "100 / 20,000 x 1,000");
        assertEquals(OptionalLong.of(100), violent.previousVolume());
        assertEquals(OptionalLong.of(0), violent.change());
        assertEquals(0.0, violent.changePercent().getAsDouble(), 1e-12);
        assertEquals(10 * 365 + 90 * 120, violent.harm(), 1e-9, "3,650 + 10,800 = 14,450 days");

        ConcernIndicator burglary = table.concerns().get(1);
        assertEquals(50, burglary.volume());
        assertEquals(2.5, burglary.perThousand().getAsDouble(), 1e-12);
        assertEquals(OptionalLong.of(10), burglary.change());
        assertEquals(25.0, burglary.changePercent().getAsDouble(), 1e-12, "(50 - 40) / 40");
        assertEquals(4000, burglary.harm(), 1e-9);
    }

    @Test
    void withoutAPreviousYearOrPopulationThoseFiguresAreAbsent() {
        CrimeIndicatorTable table = CrimeIndicators.compute(List.of(count(2024, 5, "Burglary", 12)), MAPPINGS,
                new PlanYear(2024), 0);
        ConcernIndicator burglary = table.concerns().get(0);
        assertEquals(OptionalDouble.empty(), burglary.perThousand());
        assertEquals(OptionalLong.empty(), burglary.previousVolume());
        assertEquals(OptionalDouble.empty(), burglary.changePercent());
    }

    @Test
    void aConcernWithNoCrimesLastYearHasAChangeButNoPercentage() {
        CrimeIndicatorTable table = CrimeIndicators.compute(List.of(count(2024, 5, "Burglary", 12),
                count(2023, 5, "Robbery", 3)), MAPPINGS, new PlanYear(2024), 1000);
        ConcernIndicator burglary = table.concerns().get(0);
        assertEquals(OptionalLong.of(12), burglary.change());
        assertTrue(burglary.changePercent().isEmpty());
        ConcernIndicator violent = table.concerns().get(1);
        assertEquals(0, violent.volume());
        assertEquals(-100.0, violent.changePercent().getAsDouble(), 1e-12);
    }

    @Test
    void harmWeightsMustBeZeroOrMore() {
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CrimeTypeMapping("Burglary", "burglary", -1)).getMessage().contains("zero or more"));
    }
}
