package uk.gov.safervoices.portal.staff.priorities;

import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.MatrixEvidence;
import uk.gov.safervoices.admin.priority.matrix.MatrixOptions;
import uk.gov.safervoices.admin.priority.matrix.RankSensitivity;
import uk.gov.safervoices.admin.priority.Evidence;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.definitions.model.Concern;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.consultations.ConsultationDates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The priorities pages' models: the form's GOV.UK components, and a decision with its frozen evidence. */
final class DecisionPages {

    private DecisionPages() {
    }

    static void form(Map<String, Object> model, DecisionForm form, List<String> planYears,
                     List<Consultation> consultations, List<WeightingScheme> schemes, List<Concern> concerns,
                     boolean superseding) {
        Map<String, String> problems = form.problems;
        model.put("planYear", select("planYear", "Plan year", "1 April to 31 March", planYears.stream()
                .map(y -> option(y, y, y.equals(form.text.get("planYear")))).toList(), problems));
        model.put("meeting", FormFields.input("meeting", "Meeting where they were agreed", form.text.get("meeting"),
                problems.get("meeting")).with("hint", Map.of("text", "For example: Safer Borough Partnership Board,"
                + " strategic meeting")).map());
        model.put("decidedOn", ConsultationDates.input("decidedOn", "Date agreed", "For example, 12 3 2026",
                form.decidedOn, problems.get("decidedOn")));
        List<Map<String, Object>> consultationItems = new ArrayList<>();
        consultationItems.add(option("", "Choose a consultation", form.text.get("consultation").isEmpty()));
        consultations.forEach(c -> consultationItems.add(option(c.id().toString(), c.title(),
                c.id().toString().equals(form.text.get("consultation")))));
        model.put("consultation", select("consultation", "Evidence: residents' concerns from",
                "Its ranked concerns, as they stand now, are kept with the decision and never change", consultationItems,
                problems));
        model.put("scheme", select("scheme", "Weighted by", null, schemes.stream().map(s -> option(
                Long.toString(s.id()), s.name(), Long.toString(s.id()).equals(form.text.get("scheme")))).toList(),
                problems));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int row = 1; row <= DecisionForm.ROWS; row++) {
            String[] entered = form.priorities.get(row - 1);
            List<Map<String, Object>> items = new ArrayList<>();
            items.add(option("", row == 1 ? "Choose a concern" : "No priority " + row, entered[0].isEmpty()));
            concerns.forEach(c -> items.add(option(c.code(), c.name(), c.code().equals(entered[0]))));
            Map<String, Object> rationale = new LinkedHashMap<>(Map.of("name", "rationale" + row, "id",
                    "rationale" + row, "rows", 3, "value", entered[1], "label", Map.of("text", "Why it was agreed")));
            if (problems.containsKey("rationale" + row)) {
                rationale.put("errorMessage", Map.of("text", problems.get("rationale" + row)));
            }
            rows.add(Map.of("legend", "Priority " + row, "concern", select("concern" + row, "Concern", null, items,
                    problems), "rationale", rationale));
        }
        model.put("priorities", rows);
        if (superseding) {
            Map<String, Object> reason = new LinkedHashMap<>(Map.of("name", "reason", "id", "reason", "rows", 3,
                    "value", form.text.get("reason"), "label", Map.of("text", "Why this replaces the earlier decision",
                            "classes", "govuk-label--s")));
            if (problems.containsKey("reason")) {
                reason.put("errorMessage", Map.of("text", problems.get("reason")));
            }
            model.put("reason", reason);
        }
        Map<String, String> links = new LinkedHashMap<>();
        problems.forEach((field, message) -> links.put(field.equals("decidedOn") ? "decidedOn-day" : field, message));
        FormFields.summary(links).ifPresent(summary -> model.put("errorSummary", summary));
    }

    static Map<String, Object> decision(Decisions.Decision decision, Map<String, String> concernNames) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("planYear", decision.planYear());
        model.put("current", decision.current());
        model.put("meeting", decision.meeting());
        model.put("decidedOn", String.format(Locale.UK, "%d %s %d", decision.decidedOn().getDayOfMonth(),
                decision.decidedOn().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK),
                decision.decidedOn().getYear()));
        model.put("recorded", decision.recordedBy() + ", " + StaffDates.dateTime(decision.recordedAt()));
        model.put("changeReason", decision.changeReason());
        model.put("priorities", decision.priorities().stream().map(p -> Map.of("concern",
                concernNames.getOrDefault(p.concern(), p.concern()), "rationale", p.rationale())).toList());
        Evidence evidence = decision.evidence();
        model.put("evidence", Map.of("consultation", evidence.consultation(), "question", evidence.question(),
                "scheme", evidence.scheme(), "rankers", String.format(Locale.UK, "%,d", evidence.rankers()),
                "respondents", String.format(Locale.UK, "%,d", evidence.respondents()),
                "replicates", evidence.replicates(), "seed", evidence.seed(),
                "computedAt", StaffDates.dateTime(evidence.computedAt()),
                "rows", evidence.concerns().stream().map(DecisionPages::evidenceRow).toList()));
        if (evidence.matrix() != null) {
            model.put("matrix", matrix(evidence.matrix()));
        }
        return model;
    }

    /** The priority matrix as frozen with the decision: criteria with weights and sources, concerns ranked. */
    private static Map<String, Object> matrix(MatrixEvidence matrix) {
        List<MatrixEvidence.CriterionEvidence> used = matrix.criteria().stream()
                .filter(MatrixEvidence.CriterionEvidence::used).toList();
        double total = used.stream().mapToDouble(MatrixEvidence.CriterionEvidence::weight).sum();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MatrixEvidence.RowEvidence row : matrix.rows()) {
            rows.add(Map.of("rank", row.rank(), "concern", row.name(), "composite",
                    String.format(Locale.UK, "%.2f", row.composite()), "cells", used.stream()
                            .map(c -> row.values().getOrDefault(c.code(), "No data")).toList(),
                    "stability", MatrixPage.stability(row.rank(), new RankSensitivity(row.highestRankOneAtATime(),
                            row.lowestRankOneAtATime(), row.sameRankShare(), row.rankLower(), row.rankUpper()),
                            MatrixOptions.DEFAULTS.randomWeightings())));
        }
        return Map.of("planYear", matrix.planYear(), "warnings", matrix.warnings(),
                "criteria", matrix.criteria().stream().map(c -> Map.of("name", c.name(), "source", c.source(),
                        "weight", MatrixPage.number(c.weight()), "share", c.used() && total > 0
                                ? MatrixPage.percent(c.weight() / total) : "Not used")).toList(),
                "columns", used.stream().map(MatrixEvidence.CriterionEvidence::name).toList(), "rows", rows);
    }

    private static Map<String, Object> evidenceRow(Evidence.ConcernEvidence concern) {
        return Map.of("rank", concern.rank(), "concern", concern.name(),
                "points", String.format(Locale.UK, "%.2f (%.2f to %.2f)", concern.bordaMean(), concern.bordaLower(),
                        concern.bordaUpper()),
                "share", String.format(Locale.UK, "%.0f%% (%.0f%% to %.0f%%)", concern.mentionShare() * 100,
                        concern.mentionLower() * 100, concern.mentionUpper() * 100),
                "topK", String.format(Locale.UK, "%.0f%%", concern.topK() * 100),
                "place", concern.rankLower() == concern.rankUpper() ? Integer.toString(concern.rankLower())
                        : concern.rankLower() + " to " + concern.rankUpper());
    }

    private static Map<String, Object> select(String name, String label, String hint, List<Map<String, Object>> items,
                                              Map<String, String> problems) {
        Map<String, Object> select = new LinkedHashMap<>(Map.of("id", name, "name", name, "label",
                Map.of("text", label), "items", items));
        if (hint != null) {
            select.put("hint", Map.of("text", hint));
        }
        if (problems.containsKey(name)) {
            select.put("errorMessage", Map.of("text", problems.get(name)));
        }
        return select;
    }

    private static Map<String, Object> option(String value, String text, boolean selected) {
        return Map.of("value", value, "text", text, "selected", selected);
    }
}
