package uk.gov.safervoices.portal.staff.priorities;

import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.admin.priority.PriorityMatrices;
import uk.gov.safervoices.admin.priority.matrix.MatrixOptions;
import uk.gov.safervoices.admin.priority.matrix.PriorityMatrix;
import uk.gov.safervoices.admin.priority.matrix.PriorityRow;
import uk.gov.safervoices.admin.priority.matrix.RankSensitivity;
import uk.gov.safervoices.admin.priority.matrix.RiskGrid;
import uk.gov.safervoices.portal.chart.HeatMap;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The model of {@code staff/priorities/matrix}: the ranked table with every criterion's value and scaled value, how
 * each rank moves with the weights (in words), the heat map, the impact x likelihood grid and the criteria with
 * their weights and sources.
 */
final class MatrixPage {
    static final String[] BANDS = {"Low", "Medium", "High", "Very high"};

    private MatrixPage() {
    }

    static void addTo(Map<String, Object> model, PriorityMatrices.Report report, String impact, String likelihood) {
        model.put("warnings", report.warnings());
        List<PriorityMatrices.CriterionValues> used = report.criteria().stream()
                .filter(PriorityMatrices.CriterionValues::used).toList();
        double totalWeight = used.stream().mapToDouble(c -> c.setting().weight()).sum();
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (PriorityMatrices.CriterionValues criterion : report.criteria()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", criterion.name());
            row.put("source", criterion.source());
            row.put("problem", criterion.problem());
            row.put("weight", number(criterion.setting().weight()));
            row.put("share", criterion.used() ? percent(criterion.setting().weight() / totalWeight)
                    : criterion.setting().weight() > 0 ? "Not used: no values" : "Not used: weight 0");
            row.put("direction", criterion.setting().higherIsPriority() ? "Higher is more of a priority"
                    : "Lower is more of a priority");
            row.put("own", criterion.setting().own());
            row.put("url", StaffRoutes.matrix(report.setting().planYear(), "criteria/" + criterion.setting().code()));
            criteria.add(row);
        }
        model.put("criteria", criteria);
        if (report.result().isEmpty()) {
            model.put("noResult", "Nothing can be ranked yet: no criterion has both values and a weight above 0. "
                    + "Choose the evidence below, or give a criterion with values a weight.");
            return;
        }
        PriorityMatrix.Result result = report.result().get();
        model.put("columns", used.stream().map(c -> Map.of("name", c.name(), "unit", c.unit())).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<HeatMap.Row> heat = new ArrayList<>();
        for (PriorityRow row : result.rows()) {
            String name = report.names().getOrDefault(row.concern(), row.concern());
            List<Map<String, Object>> cells = new ArrayList<>();
            List<Double> scaled = new ArrayList<>();
            for (PriorityMatrices.CriterionValues criterion : used) {
                Double value = row.normalised().get(criterion.setting().code());
                scaled.add(value == null ? Double.NaN : value);
                cells.add(Map.of("value", Optional.ofNullable(criterion.shown().get(row.concern())).orElse("No data"),
                        "scaled", value == null ? "" : String.format(Locale.UK, "%.2f", value)));
            }
            scaled.add(row.composite());
            heat.add(new HeatMap.Row(name, scaled));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("rank", row.rank());
            line.put("name", name);
            line.put("cells", cells);
            line.put("composite", String.format(Locale.UK, "%.2f", row.composite()));
            line.put("stability", stability(row.rank(), row.sensitivity(), MatrixOptions.DEFAULTS.randomWeightings()));
            if (!row.missing().isEmpty()) {
                line.put("missing", "Scored without " + String.join(", ", row.missing().stream()
                        .map(code -> report.criterion(code).map(PriorityMatrices.CriterionValues::name).orElse(code))
                        .toList()) + ": it has no value there");
            }
            rows.add(line);
        }
        model.put("rows", rows);
        model.put("summary", summary(result, report));
        List<String> headings = new ArrayList<>(used.stream().map(PriorityMatrices.CriterionValues::name).toList());
        headings.add("Composite score");
        model.put("heatMap", new HeatMap("priority-heat-map", "Priority matrix " + report.setting().planYear()
                + ": scaled values and composite score", headings, heat).svg());
        grid(model, report, result, used, impact, likelihood);
    }

    /** How a rank moves with the weights, in words. */
    static String stability(int rank, RankSensitivity sensitivity, int draws) {
        String oneAtATime = sensitivity.stableOneAtATime()
                ? "Stays " + ordinal(rank) + " when any one weight is halved or doubled."
                : "Moves between " + ordinal(sensitivity.highestRankOneAtATime()) + " and "
                + ordinal(sensitivity.lowestRankOneAtATime()) + " when one weight is halved or doubled.";
        String random = " Keeps its place in " + percent(sensitivity.sameRankShare()) + " of " + String.format(
                Locale.UK, "%,d", draws) + " weightings varied at random"
                + (sensitivity.rankLower() == sensitivity.rankUpper() ? "."
                : " (95% of them place it " + ordinal(sensitivity.rankLower()) + " to "
                + ordinal(sensitivity.rankUpper()) + ").");
        return oneAtATime + random;
    }

    private static List<String> summary(PriorityMatrix.Result result, PriorityMatrices.Report report) {
        List<String> lines = new ArrayList<>();
        List<PriorityRow> rows = result.rows();
        PriorityRow first = rows.get(0);
        String firstName = report.names().getOrDefault(first.concern(), first.concern());
        long tiedFirst = rows.stream().filter(r -> r.rank() == 1).count();
        if (tiedFirst > 1) {
            lines.add(tiedFirst + " concerns share first place.");
        } else if (first.sensitivity().stableOneAtATime() && first.sensitivity().sameRankShare() >= 0.95) {
            lines.add(firstName + " comes first, and stays first whatever reasonable weights are chosen.");
        } else {
            lines.add(firstName + " comes first with these weights, but other weights could change that: see how "
                    + "each place moves below.");
        }
        List<String> moving = rows.stream().filter(r -> r.rank() <= 5 && !r.sensitivity().stableOneAtATime())
                .map(r -> report.names().getOrDefault(r.concern(), r.concern())).toList();
        if (moving.isEmpty()) {
            lines.add("No concern in the top five changes place when any one weight is halved or doubled.");
        } else {
            lines.add("In the top five, the places of " + String.join(", ", moving)
                    + " change when one weight is halved or doubled.");
        }
        List<String> partial = rows.stream().filter(r -> r.rank() <= 5 && !r.missing().isEmpty())
                .map(r -> report.names().getOrDefault(r.concern(), r.concern())).toList();
        if (!partial.isEmpty()) {
            lines.add("In the top five, " + String.join(", ", partial) + (partial.size() == 1 ? " is" : " are")
                    + " ranked without every criterion (see each row): read "
                    + (partial.size() == 1 ? "its place" : "their places") + " with care, or give "
                    + (partial.size() == 1 ? "it" : "them") + " the partnership's own scores.");
        }
        return lines;
    }

    private static void grid(Map<String, Object> model, PriorityMatrices.Report report, PriorityMatrix.Result result,
                             List<PriorityMatrices.CriterionValues> used, String impact, String likelihood) {
        if (used.size() < 2) {
            return;
        }
        List<String> codes = used.stream().map(c -> c.setting().code()).toList();
        String impactCode = codes.contains(impact) ? impact
                : codes.contains(MatrixSettings.CRIME_HARM) ? MatrixSettings.CRIME_HARM : codes.get(0);
        String likelihoodCode = codes.contains(likelihood) && !likelihood.equals(impactCode) ? likelihood
                : codes.stream().filter(c -> !c.equals(impactCode))
                .filter(c -> c.equals(MatrixSettings.CRIME_VOLUME)).findFirst()
                .orElse(codes.stream().filter(c -> !c.equals(impactCode)).findFirst().orElseThrow());
        model.put("impactOptions", options(used, impactCode));
        model.put("likelihoodOptions", options(used, likelihoodCode));
        String impactName = report.criterion(impactCode).orElseThrow().name();
        String likelihoodName = report.criterion(likelihoodCode).orElseThrow().name();
        model.put("impactName", impactName);
        model.put("likelihoodName", likelihoodName);
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < RiskGrid.BANDS * RiskGrid.BANDS; i++) {
            cells.add(new ArrayList<>());
        }
        List<String> unplaced = new ArrayList<>();
        for (PriorityRow row : result.rows()) {
            int impactBand = RiskGrid.band(row.normalised().getOrDefault(impactCode, Double.NaN));
            int likelihoodBand = RiskGrid.band(row.normalised().getOrDefault(likelihoodCode, Double.NaN));
            String name = report.names().getOrDefault(row.concern(), row.concern());
            if (impactBand == 0 || likelihoodBand == 0) {
                unplaced.add(name);
            } else {
                cells.get((impactBand - 1) * RiskGrid.BANDS + likelihoodBand - 1).add(name);
            }
        }
        List<Map<String, Object>> gridRows = new ArrayList<>();
        for (int impactBand = RiskGrid.BANDS; impactBand >= 1; impactBand--) {
            List<Map<String, Object>> rowCells = new ArrayList<>();
            for (int likelihoodBand = 1; likelihoodBand <= RiskGrid.BANDS; likelihoodBand++) {
                int score = RiskGrid.score(impactBand, likelihoodBand);
                rowCells.add(Map.of("score", score, "concerns", cells.get((impactBand - 1) * RiskGrid.BANDS
                        + likelihoodBand - 1), "level", score >= 9 ? "high" : score >= 4 ? "medium" : "low"));
            }
            gridRows.add(Map.of("band", BANDS[impactBand - 1], "cells", rowCells));
        }
        model.put("gridRows", gridRows);
        model.put("gridColumns", List.of(BANDS));
        if (!unplaced.isEmpty()) {
            model.put("gridUnplaced", "Not placed, having no value for one of the two: " + String.join(", ", unplaced)
                    + ".");
        }
    }

    private static List<Map<String, Object>> options(List<PriorityMatrices.CriterionValues> used, String chosen) {
        return used.stream().map(c -> Map.<String, Object>of("value", c.setting().code(), "text", c.name(),
                "selected", c.setting().code().equals(chosen))).toList();
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    static String percent(double share) {
        return String.format(Locale.UK, "%.0f%%", share * 100);
    }

    /** A weight as typed: "2", "0.5". */
    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
