package uk.gov.safervoices.admin.crime.core;

import java.time.YearMonth;

/** Crimes of one type recorded in one month inside the partnership's area (every ward added together). */
public record MonthlyCrimeCount(YearMonth month, String crimeType, long crimes) {
}
