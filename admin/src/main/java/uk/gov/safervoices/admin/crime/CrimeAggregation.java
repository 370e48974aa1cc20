package uk.gov.safervoices.admin.crime;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads many street-level files and counts their rows by month, force, ward and crime type, placing each row's
 * LSOA in its ward. Rows whose LSOA is blank or not in the lookup are counted under the ward {@link #OUTSIDE}; rows
 * of a crime type with no mapping are counted too, and both are reported. Nothing here touches the database.
 */
public final class CrimeAggregation {
    /** The ward code of rows outside the partnership's area (or whose LSOA is not in the lookup). */
    public static final String OUTSIDE = "";
    static final int MAX_PROBLEMS = 50;

    private final Map<String, String> wardOfLsoa;
    private final Set<String> knownTypes;
    private final Map<CountKey, Long> counts = new TreeMap<>();
    private final List<CrimeFileProblem> problems = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private final Map<String, Long> unknownTypes = new TreeMap<>();
    private final Set<String> unmappedLsoas = new TreeSet<>();
    private long rows;
    private long outsideRows;

    /** Which cell a row is counted in. */
    public record CountKey(YearMonth month, String reportedBy, String wardCode, String crimeType)
            implements Comparable<CountKey> {
        @Override
        public int compareTo(CountKey other) {
            return toString().compareTo(other.toString());
        }
    }

    public CrimeAggregation(Map<String, String> wardOfLsoa, Set<String> knownTypes) {
        this.wardOfLsoa = Map.copyOf(wardOfLsoa);
        this.knownTypes = Set.copyOf(knownTypes);
    }

    public CrimeAggregation read(CrimeFile file) {
        files.add(file.name());
        Reader reader = new InputStreamReader(new ByteArrayInputStream(file.content()), StandardCharsets.UTF_8);
        problems.addAll(PoliceCrimeCsv.read(file.name(), reader, this::count,
                Math.max(1, MAX_PROBLEMS - problems.size())));
        return this;
    }

    private void count(PoliceCrimeCsv.Row row) {
        rows++;
        String ward = wardOfLsoa.get(row.lsoaCode());
        if (ward == null) {
            outsideRows++;
            unmappedLsoas.add(row.lsoaCode().isEmpty() ? "(no LSOA)" : row.lsoaCode());
            ward = OUTSIDE;
        }
        if (!knownTypes.contains(row.crimeType())) {
            unknownTypes.merge(row.crimeType(), 1L, Long::sum);
        }
        counts.merge(new CountKey(row.month(), row.reportedBy(), ward, row.crimeType()), 1L, Long::sum);
    }

    /** What was read: every problem (nothing may be saved unless there are none) and the counts. */
    public CrimeReading result() {
        List<CrimeFileProblem> found = new ArrayList<>(problems);
        if (found.isEmpty() && rows == 0) {
            found.add(new CrimeFileProblem(files.isEmpty() ? "the upload" : String.join(", ", files), 0,
                    "There are no crimes in the files: choose the street-level CSV files from data.police.uk"));
        }
        Set<YearMonth> months = new TreeSet<>();
        counts.keySet().forEach(key -> months.add(key.month()));
        return new CrimeReading(found, files, counts, List.copyOf(months), rows, outsideRows, List.copyOf(unmappedLsoas),
                unknownTypes);
    }
}
