package uk.gov.safervoices.portal.staff.analysis;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.safervoices.admin.analysis.AnalysisResult;
import uk.gov.safervoices.admin.analysis.core.Estimate;
import uk.gov.safervoices.admin.analysis.core.ProportionTable;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The results as CSV: the columns of the {@code analyse} command's estimates.csv (so scripts read both alike),
 * then the question and category in words and whether the base is below the minimum.
 */
final class ResultsCsv {
    static final List<String> HEADER = List.of("question", "category", "by_variable", "by_category", "n_base",
            "weighted_base", "proportion", "se", "se_calibrated", "deff", "ci_logit_lower", "ci_logit_upper",
            "ci_beta_lower", "ci_beta_upper", "question_text", "category_label", "small_base");

    private ResultsCsv() {
    }

    static String write(AnalysisResult result) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
                .get())) {
            for (AnalysisResult.ItemResult item : result.items()) {
                rows(printer, item, item.overall(), null, null);
                for (ProportionTable group : item.groups()) {
                    rows(printer, item, group, result.breakdown().variable(), group.group());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void rows(CSVPrinter printer, AnalysisResult.ItemResult item, ProportionTable table, String by,
                             String group) throws IOException {
        for (Estimate e : table.estimates()) {
            List<Object> row = new ArrayList<>();
            row.add(item.item().key());
            row.add(e.category());
            row.add(by == null ? "" : by);
            row.add(group == null ? "" : group);
            row.add(table.base());
            row.add(number(table.weightedBase()));
            row.add(number(e.proportion()));
            row.add(number(e.standardError()));
            row.add(number(e.calibratedStandardError()));
            row.add(number(e.designEffect()));
            row.add(number(e.logit().lower()));
            row.add(number(e.logit().upper()));
            row.add(number(e.beta().lower()));
            row.add(number(e.beta().upper()));
            row.add(item.item().title());
            row.add(item.item().label(e.category()));
            row.add(table.belowMinimumBase() ? "yes" : "no");
            printer.printRecord(row);
        }
    }

    /** Full precision for other tools to check; empty when not defined (no base). */
    private static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }
}
