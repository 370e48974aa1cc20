package uk.gov.safervoices.portal.staff.crime;

import uk.gov.safervoices.admin.crime.CrimeMappings;
import uk.gov.safervoices.admin.crime.CrimeTypeSetting;
import uk.gov.safervoices.portal.web.Forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The crime types form: one row per crime type (those mapped, then those imported without a mapping), each with
 * its concern and harm weight as text, and one source for the weights. Fields are numbered: {@code type-0},
 * {@code concern-0}, {@code harm-0}...
 */
record CrimeTypesForm(List<Row> rows, String source, Map<String, String> problems) {
    static final String DEFAULT_SOURCE = "";
    private static final int MAX_ROWS = 200;
    private static final int MAX_TYPE_LENGTH = 100;

    record Row(String crimeType, String concernCode, String harm) {
    }

    boolean ok() {
        return problems.isEmpty();
    }

    static CrimeTypesForm current(CrimeMappings mappings) {
        List<Row> rows = new ArrayList<>();
        List<CrimeTypeSetting> settings = mappings.crimeTypes();
        settings.forEach(s -> rows.add(new Row(s.crimeType(), s.concernCode() == null ? "" : s.concernCode(),
                plain(s.harmWeight()))));
        mappings.unmappedImportedTypes().forEach(type -> rows.add(new Row(type, "", "")));
        String source = settings.stream().map(CrimeTypeSetting::harmSource).findFirst().orElse(DEFAULT_SOURCE);
        return new CrimeTypesForm(rows, source, Map.of());
    }

    static CrimeTypesForm posted(Map<String, List<String>> fields, Set<String> concernCodes) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < MAX_ROWS && Forms.first(fields, "type-" + i) != null; i++) {
            Row row = new Row(Forms.first(fields, "type-" + i).strip(), text(Forms.first(fields, "concern-" + i)),
                    text(Forms.first(fields, "harm-" + i)));
            rows.add(row);
            if (row.crimeType().isEmpty() || row.crimeType().length() > MAX_TYPE_LENGTH) {
                problems.put("concern-" + i, "A crime type's name must be 1 to " + MAX_TYPE_LENGTH + " characters");
            }
            if (!row.concernCode().isEmpty() && !concernCodes.contains(row.concernCode())) {
                problems.put("concern-" + i, "Choose a concern from the list for " + row.crimeType());
            }
            if (harm(row.harm()) < 0) {
                problems.put("harm-" + i, "Enter the harm weight of " + row.crimeType() + " as a number, 0 or more");
            }
        }
        String source = text(Forms.first(fields, "source"));
        if (source.isEmpty() || source.length() > CrimeMappings.MAX_SOURCE_LENGTH) {
            problems.put("source", "Enter where the harm weights come from (up to " + CrimeMappings.MAX_SOURCE_LENGTH
                    + " characters)");
        }
        if (rows.isEmpty()) {
            problems.put("source", "There are no crime types to save");
        }
        return new CrimeTypesForm(rows, source, problems);
    }

    List<CrimeTypeSetting> settings() {
        return rows.stream().map(row -> new CrimeTypeSetting(row.crimeType(), row.concernCode().isEmpty() ? null
                : row.concernCode(), harm(row.harm()), source, null, null)).toList();
    }

    /** The weight, or -1 when it is not a number of 0 or more. */
    private static double harm(String text) {
        try {
            double value = Double.parseDouble(text.replace(",", ""));
            return Double.isFinite(value) && value >= 0 ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A weight as typed: 80, 0.5 (never rounded, never grouped). */
    static String plain(double weight) {
        return java.math.BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
