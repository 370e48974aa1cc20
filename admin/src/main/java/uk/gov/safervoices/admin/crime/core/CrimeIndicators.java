package uk.gov.safervoices.admin.crime.core;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Strategic-assessment indicators per concern from police recorded crime: volume, volume per 1,000 population,
 * change on the previous plan year (absolute and %), and harm. Crime types with no concern, or no mapping, are left
 * out. Pure: records in, a record out.
 */
public final class CrimeIndicators {
    private CrimeIndicators() {
    }

    /**
     * @param counts     monthly counts inside the partnership's area, any months (other years are ignored)
     * @param mappings   crime type to concern and harm weight
     * @param year       the plan year to report
     * @param population the area's population, or 0 or less when unknown (no rate is then given)
     */
    public static CrimeIndicatorTable compute(List<MonthlyCrimeCount> counts, List<CrimeTypeMapping> mappings,
                                              PlanYear year, double population) {
        Map<String, CrimeTypeMapping> byType = mappings.stream()
                .collect(Collectors.toMap(CrimeTypeMapping::crimeType, Function.identity(), (a, b) -> a));
        Map<String, long[]> volumes = new TreeMap<>();
        Map<String, Double> harms = new TreeMap<>();
        Set<YearMonth> months = new HashSet<>();
        Set<YearMonth> previousMonths = new HashSet<>();
        for (MonthlyCrimeCount count : counts) {
            boolean current = year.contains(count.month());
            boolean previous = year.previous().contains(count.month());
            if (current) {
                months.add(count.month());
            } else if (previous) {
                previousMonths.add(count.month());
            }
            CrimeTypeMapping mapping = byType.get(count.crimeType());
            if ((!current && !previous) || mapping == null || !mapping.mapped()) {
                continue;
            }
            long[] volume = volumes.computeIfAbsent(mapping.concernCode(), k -> new long[2]);
            volume[current ? 0 : 1] += count.crimes();
            if (current) {
                harms.merge(mapping.concernCode(), count.crimes() * mapping.harmWeight(), Double::sum);
            }
        }
        boolean previousKnown = !previousMonths.isEmpty();
        List<ConcernIndicator> indicators = new ArrayList<>();
        volumes.forEach((concern, volume) -> indicators.add(indicator(concern, volume[0], volume[1], previousKnown,
                population, harms.getOrDefault(concern, 0.0))));
        indicators.sort(Comparator.comparingLong(ConcernIndicator::volume).reversed()
                .thenComparing(ConcernIndicator::concernCode));
        return new CrimeIndicatorTable(year, months.size(), previousMonths.size(), indicators);
    }

    private static ConcernIndicator indicator(String concern, long volume, long previous, boolean previousKnown,
                                              double population, double harm) {
        OptionalDouble rate = population > 0 ? OptionalDouble.of(volume * 1000.0 / population)
                : OptionalDouble.empty();
        if (!previousKnown) {
            return new ConcernIndicator(concern, volume, rate, OptionalLong.empty(), OptionalLong.empty(),
                    OptionalDouble.empty(), harm);
        }
        OptionalDouble percent = previous > 0 ? OptionalDouble.of((volume - previous) * 100.0 / previous)
                : OptionalDouble.empty();
        return new ConcernIndicator(concern, volume, rate, OptionalLong.of(previous), OptionalLong.of(volume - previous),
                percent, harm);
    }
}
