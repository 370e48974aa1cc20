package uk.gov.safervoices.portal.plan;

import uk.gov.safervoices.admin.plan.PlanContent;
import uk.gov.safervoices.portal.chart.DotPlot;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model of {@code plan} (the published plan summary, and its preview for staff): priorities, "You said" in plain
 * English with a chart and its table, "We will", measures of success and the meetings held. Figures of concerns
 * named by fewer residents than the minimum base are never shown.
 */
public final class PlanPage {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** How many concerns "You said" names in its sentence and chart; the table has them all. */
    static final int TOP = 5;

    private PlanPage() {
    }

    public static void addTo(Map<String, Object> model, PlanContent content) {
        model.put("planYear", content.planYear());
        model.put("introduction", content.introduction() == null || content.introduction().isBlank() ? null
                : List.of(content.introduction().strip().split("\\R\\s*\\R")));
        model.put("agreedAt", AgreedAt.of(content.meeting(), content.decidedOn()));
        List<Map<String, Object>> priorities = new ArrayList<>();
        for (PlanContent.Priority priority : content.priorities()) {
            priorities.add(Map.of("name", priority.name(), "rationale", priority.rationale(), "actions",
                    priority.actions().stream().map(a -> Map.of("action", a.action(), "lead", a.lead(),
                            "timescale", a.timescale())).toList()));
        }
        model.put("priorities", priorities);
        PlanContent.YouSaid said = content.youSaid();
        model.put("consultation", said.consultation());
        model.put("question", said.question());
        model.put("rankers", String.format(Locale.UK, "%,d", said.rankers()));
        model.put("respondents", String.format(Locale.UK, "%,d", said.respondents()));
        model.put("scheme", said.scheme());
        model.put("minimumBase", content.minimumBase());
        List<PlanContent.ConcernFigure> shown = said.concerns().stream().filter(c -> !c.suppressed()).toList();
        List<String> top = shown.stream().limit(3).map(c -> c.name().toLowerCase(Locale.UK)).toList();
        if (!top.isEmpty()) {
            model.put("topSentence", "The concerns residents most wanted tackled were " + list(top) + ".");
        }
        List<DotPlot.Item> items = shown.stream().limit(TOP).map(c -> new DotPlot.Item(c.name(), c.share(),
                c.shareLower(), c.shareUpper())).toList();
        model.put("chart", new DotPlot("you-said", "Residents naming each concern in their top choices",
                "Residents naming it among their top choices (weighted)", DotPlot.Format.PERCENT, items).svg());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlanContent.ConcernFigure concern : said.concerns()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", concern.rank());
            row.put("name", concern.name());
            row.put("suppressed", concern.suppressed());
            row.put("share", percent(concern.share()) + " (" + percent(concern.shareLower()) + " to "
                    + percent(concern.shareUpper()) + ")");
            row.put("points", String.format(Locale.UK, "%.2f (%.2f to %.2f)", concern.bordaMean(),
                    concern.bordaLower(), concern.bordaUpper()));
            row.put("residents", String.format(Locale.UK, "%,d", concern.mentions()));
            row.put("place", concern.rankLower() == concern.rankUpper() ? Integer.toString(concern.rankLower())
                    : concern.rankLower() + " to " + concern.rankUpper());
            rows.add(row);
        }
        model.put("concerns", rows);
        model.put("anySuppressed", said.concerns().stream().anyMatch(PlanContent.ConcernFigure::suppressed));
        model.put("measures", content.measures().stream().map(m -> Map.of("measure", m.measure(), "target",
                blank(m.target()), "lastResult", blank(m.lastYearResult()), "lastTarget", blank(m.lastYearTarget())))
                .toList());
        model.put("meetings", content.meetings().stream().map(m -> {
            Map<String, Object> meeting = new LinkedHashMap<>();
            meeting.put("title", m.title());
            meeting.put("date", DATE.format(m.date()));
            meeting.put("url", m.url());
            return meeting;
        }).toList());
    }

    static String percent(double share) {
        return String.format(Locale.UK, "%.0f%%", share * 100);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? "Not set" : text;
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
