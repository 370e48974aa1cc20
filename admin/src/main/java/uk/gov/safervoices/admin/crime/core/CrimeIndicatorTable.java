package uk.gov.safervoices.admin.crime.core;

import java.util.List;

/**
 * The indicators of every mapped concern for a plan year, largest volume first, and how many months of data the
 * year and the previous year have (a trend over part-years misleads: the page says so).
 */
public record CrimeIndicatorTable(PlanYear year, int months, int previousMonths, List<ConcernIndicator> concerns) {

    public CrimeIndicatorTable {
        concerns = List.copyOf(concerns);
    }

    public boolean complete() {
        return months == 12 && previousMonths == 12;
    }
}
