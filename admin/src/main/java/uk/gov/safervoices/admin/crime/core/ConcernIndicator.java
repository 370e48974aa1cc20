package uk.gov.safervoices.admin.crime.core;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A concern's strategic-assessment indicators for a plan year: recorded volume, volume per 1,000 population, the
 * change on the previous plan year (absent when that year has no months of data; the percentage also when it had
 * no crimes) and harm (each crime type's volume times its harm weight, added up).
 */
public record ConcernIndicator(String concernCode, long volume, OptionalDouble perThousand,
                               OptionalLong previousVolume, OptionalLong change, OptionalDouble changePercent,
                               double harm) {
}
