package uk.gov.safervoices.portal.plan;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.safervoices.admin.plan.PlanContent;
import uk.gov.safervoices.admin.plan.PlanSummaries;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published figures of a plan summary as open data (CSV and JSON): residents' concerns with their weighted
 * figures; a concern named by fewer residents than the minimum base has its figures left empty and
 * {@code suppressed} true. Proportions are 0 to 1 with 4 decimal places; nothing about any one response.
 */
final class PlanFigures {
    static final List<String> HEADER = List.of("plan_year", "version", "published", "concern_code", "concern",
            "rank", "share_naming", "share_naming_lower", "share_naming_upper", "average_points",
            "average_points_lower", "average_points_upper", "residents_naming", "suppressed");

    private PlanFigures() {
    }

    static String csv(PlanSummaries.Version version) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).build())) {
            for (Map<String, Object> row : rows(version)) {
                List<Object> values = new ArrayList<>();
                HEADER.forEach(column -> values.add(row.get(column) == null ? "" : row.get(column)));
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Map<String, Object> json(PlanSummaries.Version version) {
        PlanContent content = version.content();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("plan_year", content.planYear());
        json.put("version", version.version());
        json.put("published", version.publishedAt().toString());
        json.put("correction", version.correctionNote());
        json.put("consultation", content.youSaid().consultation());
        json.put("question", content.youSaid().question());
        json.put("weighting", content.youSaid().scheme());
        json.put("respondents", content.youSaid().respondents());
        json.put("residents_ranking", content.youSaid().rankers());
        json.put("minimum_base", content.minimumBase());
        json.put("priorities", content.priorities().stream().map(p -> Map.of("concern_code", p.concern(),
                "concern", p.name(), "rationale", p.rationale(), "actions", p.actions().stream()
                        .map(a -> Map.of("action", a.action(), "lead", a.lead(), "timescale", a.timescale()))
                        .toList())).toList());
        json.put("concerns", rows(version));
        json.put("measures", content.measures().stream().map(m -> Map.of("measure", m.measure(), "target",
                m.target(), "last_year_result", m.lastYearResult(), "last_year_target", m.lastYearTarget())).toList());
        return json;
    }

    private static List<Map<String, Object>> rows(PlanSummaries.Version version) {
        PlanContent content = version.content();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlanContent.ConcernFigure concern : content.youSaid().concerns()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("plan_year", content.planYear());
            row.put("version", version.version());
            row.put("published", version.publishedAt().toString());
            row.put("concern_code", concern.code());
            row.put("concern", concern.name());
            row.put("rank", concern.rank());
            boolean shown = !concern.suppressed();
            row.put("share_naming", shown ? decimal(concern.share()) : null);
            row.put("share_naming_lower", shown ? decimal(concern.shareLower()) : null);
            row.put("share_naming_upper", shown ? decimal(concern.shareUpper()) : null);
            row.put("average_points", shown ? decimal(concern.bordaMean()) : null);
            row.put("average_points_lower", shown ? decimal(concern.bordaLower()) : null);
            row.put("average_points_upper", shown ? decimal(concern.bordaUpper()) : null);
            row.put("residents_naming", shown ? concern.mentions() : null);
            row.put("suppressed", concern.suppressed());
            rows.add(row);
        }
        return rows;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
