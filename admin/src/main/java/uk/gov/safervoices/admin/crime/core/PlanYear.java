package uk.gov.safervoices.admin.crime.core;

import java.time.YearMonth;

/** A partnership plan year, 1 April to 31 March, named by the year it starts in: 2024 is April 2024 to March 2025. */
public record PlanYear(int startYear) implements Comparable<PlanYear> {

    public static PlanYear of(YearMonth month) {
        return new PlanYear(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1);
    }

    public PlanYear previous() {
        return new PlanYear(startYear - 1);
    }

    public boolean contains(YearMonth month) {
        return of(month).equals(this);
    }

    /** "2024/25". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(PlanYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
