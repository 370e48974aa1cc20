package uk.gov.safervoices.admin.crime;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What an import read: the problems (rows that could not be read, by file and line: if any, nothing is saved), the
 * files, the counts per cell, the months, how many rows were read, how many fell outside the partnership's area
 * (and their LSOAs), and the crime types with no mapping (and their rows).
 */
public record CrimeReading(List<CrimeFileProblem> problems, List<String> files,
                           Map<CrimeAggregation.CountKey, Long> counts, List<YearMonth> months, long rows,
                           long outsideRows, List<String> unmappedLsoas, Map<String, Long> unknownTypes) {

    public CrimeReading {
        problems = List.copyOf(problems);
        files = List.copyOf(files);
        counts = Map.copyOf(counts);
        months = List.copyOf(months);
        unmappedLsoas = List.copyOf(unmappedLsoas);
        unknownTypes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(unknownTypes));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public long unknownTypeRows() {
        return unknownTypes.values().stream().mapToLong(Long::longValue).sum();
    }
}
