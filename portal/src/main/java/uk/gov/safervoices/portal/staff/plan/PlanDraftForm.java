package uk.gov.safervoices.portal.staff.plan;

import uk.gov.safervoices.admin.plan.PlanContent;
import uk.gov.safervoices.admin.plan.PlanDraft;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.web.Forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan summary's draft form: the introduction, up to {@link #ACTIONS} actions per priority (what, led by, by
 * when) and up to {@link #MEASURES} measures of success; what was typed is kept, and every half-filled row is named.
 */
final class PlanDraftForm {
    static final int ACTIONS = 3;
    static final int MEASURES = 5;
    static final int MAX_TEXT = 500;
    private static final List<String> ACTION_FIELDS = List.of("action", "lead", "timescale");
    private static final List<String> MEASURE_FIELDS = List.of("measure", "target", "lastResult", "lastTarget");

    final Map<String, String> text = new LinkedHashMap<>();
    final Map<String, String> problems = new LinkedHashMap<>();
    final List<Decisions.Priority> priorities;
    int revision;

    private PlanDraftForm(List<Decisions.Priority> priorities) {
        this.priorities = priorities;
    }

    static PlanDraftForm of(PlanDraft draft, int revision, List<Decisions.Priority> priorities) {
        PlanDraftForm form = new PlanDraftForm(priorities);
        form.revision = revision;
        form.text.put("introduction", draft.introduction() == null ? "" : draft.introduction());
        for (Decisions.Priority priority : priorities) {
            List<PlanContent.Action> actions = draft.actions().getOrDefault(priority.concern(), List.of());
            for (int n = 1; n <= ACTIONS; n++) {
                PlanContent.Action action = n <= actions.size() ? actions.get(n - 1) : null;
                form.text.put("action-" + priority.concern() + "-" + n, action == null ? "" : action.action());
                form.text.put("lead-" + priority.concern() + "-" + n, action == null ? "" : action.lead());
                form.text.put("timescale-" + priority.concern() + "-" + n, action == null ? "" : action.timescale());
            }
        }
        for (int n = 1; n <= MEASURES; n++) {
            PlanContent.Measure measure = n <= draft.measures().size() ? draft.measures().get(n - 1) : null;
            form.text.put("measure-" + n, measure == null ? "" : measure.measure());
            form.text.put("target-" + n, measure == null ? "" : measure.target());
            form.text.put("lastResult-" + n, measure == null ? "" : measure.lastYearResult());
            form.text.put("lastTarget-" + n, measure == null ? "" : measure.lastYearTarget());
        }
        return form;
    }

    static PlanDraftForm posted(Map<String, List<String>> fields, List<Decisions.Priority> priorities) {
        PlanDraftForm form = new PlanDraftForm(priorities);
        String revision = Optional.ofNullable(Forms.first(fields, "revision")).orElse("").trim();
        form.revision = revision.matches("\\d{1,9}") ? Integer.parseInt(revision) : -1;
        form.text.put("introduction", Optional.ofNullable(Forms.first(fields, "introduction")).orElse("").strip());
        for (Decisions.Priority priority : priorities) {
            for (int n = 1; n <= ACTIONS; n++) {
                for (String field : ACTION_FIELDS) {
                    String name = field + "-" + priority.concern() + "-" + n;
                    form.text.put(name, Optional.ofNullable(Forms.first(fields, name)).orElse("").strip());
                }
            }
        }
        for (int n = 1; n <= MEASURES; n++) {
            for (String field : MEASURE_FIELDS) {
                String name = field + "-" + n;
                form.text.put(name, Optional.ofNullable(Forms.first(fields, name)).orElse("").strip());
            }
        }
        form.check();
        return form;
    }

    private void check() {
        if (text.get("introduction").length() > 3000) {
            problems.put("introduction", "Keep the introduction to 3,000 characters");
        }
        for (Map.Entry<String, String> field : text.entrySet()) {
            if (!field.getKey().equals("introduction") && field.getValue().length() > MAX_TEXT) {
                problems.put(field.getKey(), "Keep this to " + MAX_TEXT + " characters");
            }
        }
        for (Decisions.Priority priority : priorities) {
            for (int n = 1; n <= ACTIONS; n++) {
                String suffix = "-" + priority.concern() + "-" + n;
                boolean any = ACTION_FIELDS.stream().anyMatch(f -> !text.get(f + suffix).isEmpty());
                if (any && text.get("action" + suffix).isEmpty()) {
                    problems.putIfAbsent("action" + suffix, "Say what will be done (action " + n + ")");
                } else if (any && text.get("lead" + suffix).isEmpty()) {
                    problems.putIfAbsent("lead" + suffix, "Say which partner leads action " + n);
                } else if (any && text.get("timescale" + suffix).isEmpty()) {
                    problems.putIfAbsent("timescale" + suffix, "Say by when action " + n + " will be done");
                }
            }
        }
        for (int n = 1; n <= MEASURES; n++) {
            int row = n;
            boolean any = MEASURE_FIELDS.stream().anyMatch(f -> !text.get(f + "-" + row).isEmpty());
            if (any && text.get("measure-" + n).isEmpty()) {
                problems.putIfAbsent("measure-" + n, "Name measure " + n + ", such as residents feeling safe after"
                        + " dark");
            } else if (any && text.get("target-" + n).isEmpty()) {
                problems.putIfAbsent("target-" + n, "Enter the target for measure " + n + ", such as 80%");
            }
        }
        if (revision < 0) {
            problems.put("revision", "The form was damaged: open it again");
        }
    }

    PlanDraft draft() {
        Map<String, List<PlanContent.Action>> actions = new LinkedHashMap<>();
        for (Decisions.Priority priority : priorities) {
            List<PlanContent.Action> list = new ArrayList<>();
            for (int n = 1; n <= ACTIONS; n++) {
                String suffix = "-" + priority.concern() + "-" + n;
                if (!text.get("action" + suffix).isEmpty()) {
                    list.add(new PlanContent.Action(text.get("action" + suffix), text.get("lead" + suffix),
                            text.get("timescale" + suffix)));
                }
            }
            if (!list.isEmpty()) {
                actions.put(priority.concern(), list);
            }
        }
        List<PlanContent.Measure> measures = new ArrayList<>();
        for (int n = 1; n <= MEASURES; n++) {
            if (!text.get("measure-" + n).isEmpty()) {
                measures.add(new PlanContent.Measure(text.get("measure-" + n), text.get("target-" + n),
                        text.get("lastResult-" + n), text.get("lastTarget-" + n)));
            }
        }
        return new PlanDraft(text.get("introduction"), actions, measures);
    }

    void addTo(Map<String, Object> model, Map<String, String> concernNames) {
        model.put("revision", revision);
        Map<String, Object> introduction = new LinkedHashMap<>(Map.of("id", "introduction", "name", "introduction",
                "rows", 5, "value", text.get("introduction"), "label", Map.of("text", "Introduction",
                        "classes", "govuk-label--m"), "hint", Map.of("text",
                        "A few sentences for residents: what the plan is for. Leave a blank line between paragraphs.")));
        if (problems.containsKey("introduction")) {
            introduction.put("errorMessage", Map.of("text", problems.get("introduction")));
        }
        model.put("introduction", introduction);
        List<Map<String, Object>> priorityGroups = new ArrayList<>();
        for (Decisions.Priority priority : priorities) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int n = 1; n <= ACTIONS; n++) {
                String suffix = "-" + priority.concern() + "-" + n;
                rows.add(Map.of("legend", "Action " + n, "fields", List.of(
                        field("action" + suffix, "What will be done", null),
                        field("lead" + suffix, "Led by", "govuk-input--width-20"),
                        field("timescale" + suffix, "By when", "govuk-input--width-10"))));
            }
            priorityGroups.add(Map.of("name", concernNames.getOrDefault(priority.concern(), priority.concern()),
                    "rationale", priority.rationale(), "rows", rows));
        }
        model.put("priorityGroups", priorityGroups);
        List<Map<String, Object>> measures = new ArrayList<>();
        for (int n = 1; n <= MEASURES; n++) {
            measures.add(Map.of("legend", "Measure " + n, "fields", List.of(
                    field("measure-" + n, "Measure", null),
                    field("target-" + n, "Target this year", "govuk-input--width-10"),
                    field("lastResult-" + n, "Last year's result", "govuk-input--width-10"),
                    field("lastTarget-" + n, "Last year's target", "govuk-input--width-10"))));
        }
        model.put("measures", measures);
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        if (problems.containsKey("revision")) {
            model.put("revisionProblem", problems.get("revision"));
        }
    }

    private Map<String, Object> field(String name, String label, String width) {
        FormFields field = FormFields.input(name, label, text.get(name), problems.get(name))
                .with("label", Map.of("text", label));
        if (width != null) {
            field.with("classes", width);
        }
        return field.map();
    }
}
