package uk.gov.safervoices.portal.staff.crime;

import uk.gov.safervoices.admin.crime.CrimeImport;
import uk.gov.safervoices.admin.crime.CrimeImports;

import java.time.YearMonth;
import java.util.List;

/** The sentence shown after an import: what was imported, what it replaced, and what could not be placed. */
final class CrimeNotices {
    private static final int MAX_TYPES_NAMED = 5;

    private CrimeNotices() {
    }

    static String imported(CrimeImports.Outcome outcome) {
        CrimeImport saved = outcome.saved();
        List<String> months = outcome.reading().months().stream().map(YearMonth::toString).toList();
        StringBuilder text = new StringBuilder(String.format("Imported %,d rows for %s", saved.rows(),
                months.size() == 1 ? months.get(0) : months.get(0) + " to " + months.get(months.size() - 1)));
        text.append(".");
        if (!outcome.replacedMonths().isEmpty()) {
            text.append(" Replaced the figures imported before for ").append(String.join(", ",
                    outcome.replacedMonths().stream().map(YearMonth::toString).toList())).append(".");
        }
        if (saved.outsideRows() > 0) {
            text.append(String.format(" %,d rows were outside the partnership's area or had no LSOA in the lookup.",
                    saved.outsideRows()));
        }
        if (saved.unknownTypeRows() > 0) {
            List<String> types = outcome.reading().unknownTypes().keySet().stream().limit(MAX_TYPES_NAMED).toList();
            text.append(String.format(" %,d rows are of crime types with no mapping (%s): map them under Mappings.",
                    saved.unknownTypeRows(), String.join(", ", types)));
        }
        return text.toString();
    }
}
