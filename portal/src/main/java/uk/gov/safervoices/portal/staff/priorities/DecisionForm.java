package uk.gov.safervoices.portal.staff.priorities;

import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.portal.staff.consultations.ConsultationDates;
import uk.gov.safervoices.portal.web.Forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "record priorities" form as posted: what was entered (kept to show again) and the problems with it, each
 * with the field it belongs to and a sentence a partnership officer can act on.
 */
final class DecisionForm {
    static final int ROWS = 5;
    private static final Pattern PLAN_YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    final Map<String, String> text = new LinkedHashMap<>();
    final Map<String, String> decidedOn;
    final List<String[]> priorities = new ArrayList<>();
    final Map<String, String> problems = new LinkedHashMap<>();

    DecisionForm(Map<String, List<String>> fields, boolean superseding) {
        for (String name : List.of("planYear", "meeting", "consultation", "scheme", "reason")) {
            text.put(name, Optional.ofNullable(Forms.first(fields, name)).orElse("").trim());
        }
        decidedOn = ConsultationDates.posted(fields, "decidedOn");
        for (int row = 1; row <= ROWS; row++) {
            priorities.add(new String[]{Optional.ofNullable(Forms.first(fields, "concern" + row)).orElse("").trim(),
                    Optional.ofNullable(Forms.first(fields, "rationale" + row)).orElse("").trim()});
        }
        check(superseding);
    }

    /** A blank form (for a plan year, or copying a decision being superseded). */
    DecisionForm(String planYear, Decisions.Decision copy) {
        text.put("planYear", planYear);
        text.put("meeting", "");
        text.put("consultation", copy == null ? "" : Long.toString(copy.consultationId()));
        text.put("scheme", "");
        text.put("reason", "");
        decidedOn = Map.of("day", "", "month", "", "year", "");
        for (int row = 0; row < ROWS; row++) {
            Decisions.Priority priority = copy != null && row < copy.priorities().size()
                    ? copy.priorities().get(row) : null;
            priorities.add(new String[]{priority == null ? "" : priority.concern(),
                    priority == null ? "" : priority.rationale()});
        }
    }

    private void check(boolean superseding) {
        Matcher year = PLAN_YEAR.matcher(text.get("planYear"));
        if (!year.matches() || (Integer.parseInt(year.group(1)) + 1) % 100 != Integer.parseInt(year.group(2))) {
            problems.put("planYear", "Choose the plan year, for example 2026-27");
        }
        if (text.get("meeting").isEmpty() || text.get("meeting").length() > 200) {
            problems.put("meeting", "Enter the meeting where the priorities were agreed, in up to 200 characters");
        }
        Optional<LocalDate> date = ConsultationDates.parse(decidedOn);
        if (date.isEmpty()) {
            problems.put("decidedOn", "Enter the real date they were agreed, for example 12 3 2026");
        }
        if (!text.get("consultation").matches("\\d{1,18}")) {
            problems.put("consultation", "Choose the consultation whose ranked concerns are the evidence");
        }
        if (!text.get("scheme").matches("\\d{1,18}")) {
            problems.put("scheme", "Choose the weighting scheme");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int row = 0; row < ROWS; row++) {
            String concern = priorities.get(row)[0];
            String rationale = priorities.get(row)[1];
            if (concern.isEmpty() && !rationale.isEmpty()) {
                problems.put("concern" + (row + 1), "Choose the concern priority " + (row + 1) + " is about");
            } else if (!concern.isEmpty() && rationale.isEmpty()) {
                problems.put("rationale" + (row + 1), "Say why priority " + (row + 1) + " was agreed");
            } else if (!concern.isEmpty() && !seen.add(concern)) {
                problems.put("concern" + (row + 1), "Priority " + (row + 1) + " repeats an earlier one");
            }
        }
        if (seen.isEmpty() && !problems.containsKey("concern1")) {
            problems.put("concern1", "Choose at least one priority");
        }
        if (superseding && text.get("reason").isEmpty()) {
            problems.put("reason", "Say why this decision replaces the earlier one");
        }
    }

    LocalDate decidedOn() {
        return ConsultationDates.parse(decidedOn).orElseThrow();
    }

    List<Decisions.Priority> chosen() {
        return priorities.stream().filter(p -> !p[0].isEmpty()).map(p -> new Decisions.Priority(p[0], p[1])).toList();
    }

    /** The plan years offered: last year, this one and the next two (a plan year runs 1 April to 31 March). */
    static List<String> planYears(LocalDate today) {
        int current = MatrixSettings.startYear(MatrixSettings.planYearOf(today));
        List<String> years = new ArrayList<>();
        for (int start = current - 1; start <= current + 2; start++) {
            years.add(MatrixSettings.planYear(start));
        }
        return years;
    }
}
