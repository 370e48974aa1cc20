package uk.gov.safervoices.portal.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A dot plot of ranked estimates, such as residents' concerns: one row per item in the order given (rank order),
 * a dot at the estimate and a horizontal bar for its 95% confidence interval, a value label, and an axis from 0
 * (or the lowest bound, if below 0) to a rounded value above the highest (at most 100% for percentages).
 *
 * @param id        prefix of the element ids, unique on the page: {@code [a-z][a-z0-9-]*}
 * @param title     the chart's accessible name, such as "Concerns, ranked"
 * @param axisTitle what the axis measures, such as "Residents who chose it as a top-three concern"; null for none
 * @param format    how values are written: {@link Format#PERCENT} for proportions (0 to 1), {@link Format#NUMBER}
 *                  for anything else
 * @param items     the rows, top to bottom
 * @param flagNote  what a flagged item's label is followed by, in brackets; "small base" when null
 */
public record DotPlot(String id, String title, String axisTitle, Format format, List<Item> items, String flagNote) {

    private static final double LABEL_WIDTH = 208;
    private static final double PLOT_LEFT = LABEL_WIDTH + 16;
    private static final double PLOT_RIGHT = Svg.WIDTH - 64;
    private static final int LABEL_CHARACTERS = (int) (LABEL_WIDTH / Svg.CHARACTER_WIDTH);
    private static final double ROW = 24;
    private static final double ROW_PADDING = 14;
    private static final double TOP = 8;
    private static final double RADIUS = 6;

    /** How the axis and the value labels write numbers. */
    public enum Format {
        /** Proportions from 0 to 1, written as whole percentages ("34%"). */
        PERCENT,
        /** Plain numbers, written with one decimal place ("3.4"). */
        NUMBER
    }

    /**
     * One row.
     *
     * @param label    the item, such as "Drug dealing"
     * @param estimate the estimate; NaN for none (the row then shows "No estimate")
     * @param lower    the 95% confidence interval's lower bound; NaN for none
     * @param upper    its upper bound; NaN for none
     * @param flagged  whether to mark the item (a hollow dot, and the flag note after its label)
     */
    public record Item(String label, double estimate, double lower, double upper, boolean flagged) {
        public Item {
            label = label == null ? "" : label;
            estimate = Svg.finite(estimate);
            lower = Svg.finite(lower);
            upper = Svg.finite(upper);
        }

        public Item(String label, double estimate, double lower, double upper) {
            this(label, estimate, lower, upper, false);
        }

        boolean hasInterval() {
            return !Double.isNaN(lower) && !Double.isNaN(upper) && lower <= upper;
        }
    }

    public DotPlot {
        Svg.checkId(id);
        title = title == null ? "" : title;
        format = format == null ? Format.NUMBER : format;
        items = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
        flagNote = flagNote == null || flagNote.isBlank() ? "small base" : flagNote;
    }

    public DotPlot(String id, String title, String axisTitle, Format format, List<Item> items) {
        this(id, title, axisTitle, format, items, null);
    }

    /** The axis: from 0 (or below, for negative values) to a rounded value at or above every estimate and bound. */
    NiceScale scale() {
        double low = 0;
        double high = 0;
        for (Item item : items) {
            for (double value : new double[] {item.estimate(), item.hasInterval() ? item.lower() : Double.NaN,
                    item.hasInterval() ? item.upper() : Double.NaN}) {
                if (!Double.isNaN(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        if (format == Format.PERCENT) { // a percentage's interval beyond 0 or 100% is drawn clipped
            low = Math.max(0, low);
            high = Math.min(1, high);
        }
        return NiceScale.of(low, high, 4);
    }

    /** The chart as SVG markup, for a view to insert unescaped ({@code {{{chart}}}}). */
    public String svg() {
        if (items.isEmpty()) {
            return Svg.noData(id, title);
        }
        NiceScale scale = scale();
        List<List<String>> labels = new ArrayList<>();
        double plotHeight = 0;
        for (Item item : items) {
            List<String> lines = Svg.wrap(label(item), LABEL_CHARACTERS, 3);
            labels.add(lines);
            plotHeight += rowHeight(lines);
        }
        double plotBottom = TOP + plotHeight;
        double height = plotBottom + 32 + (axisTitle == null || axisTitle.isBlank() ? 0 : 24);
        StringBuilder svg = Svg.begin(id, height, title, description());
        for (double tick : scale.ticks()) {
            double x = x(scale, tick);
            Svg.line(svg, x, TOP, x, plotBottom, tick == 0 ? Svg.SECONDARY : Svg.GRID, 1, "");
            Svg.text(svg, "sv-chart-tick", x, plotBottom + 22, "middle", Svg.SECONDARY, tickLabel(scale, tick));
        }
        if (axisTitle != null && !axisTitle.isBlank()) {
            Svg.text(svg, "sv-chart-axis-title", (PLOT_LEFT + PLOT_RIGHT) / 2, plotBottom + 46, "middle", Svg.TEXT,
                    axisTitle);
        }
        double y = TOP;
        for (int i = 0; i < items.size(); i++) {
            double rowHeight = rowHeight(labels.get(i));
            row(svg, scale, items.get(i), labels.get(i), y + rowHeight / 2);
            y += rowHeight;
        }
        return Svg.end(svg);
    }

    private void row(StringBuilder svg, NiceScale scale, Item item, List<String> lines, double centre) {
        Svg.lines(svg, "sv-chart-label", LABEL_WIDTH, centre, "end", lines, label(item));
        double baseline = centre + Svg.FONT_SIZE * 0.35;
        if (Double.isNaN(item.estimate())) {
            Svg.text(svg, "sv-chart-value", PLOT_LEFT + 6, baseline, "start", Svg.SECONDARY, "No estimate");
            return;
        }
        double dot = x(scale, item.estimate());
        double labelAt = dot + RADIUS;
        if (item.hasInterval()) {
            double low = x(scale, item.lower());
            double high = x(scale, item.upper());
            Svg.line(svg, low, centre, high, centre, Svg.TEXT, 2, " class=\"sv-chart-interval\"");
            labelAt = Math.max(labelAt, high);
        }
        svg.append("<circle class=\"sv-chart-dot\" cx=\"").append(Svg.number(dot)).append("\" cy=\"")
                .append(Svg.number(centre)).append("\" r=\"").append(Svg.number(RADIUS)).append("\" fill=\"")
                .append(item.flagged() ? Svg.WHITE : Svg.BLUE).append("\" stroke=\"").append(Svg.BLUE)
                .append("\" stroke-width=\"2\"/>\n");
        Svg.text(svg, "sv-chart-value", labelAt + 6, baseline, "start", Svg.TEXT, value(item.estimate()));
    }

    /** The x coordinate of a value, clipped to the axis. */
    private static double x(NiceScale scale, double value) {
        return PLOT_LEFT + Svg.clamp(scale.fraction(value), 0, 1) * (PLOT_RIGHT - PLOT_LEFT);
    }

    private String label(Item item) {
        return item.flagged() ? item.label() + " (" + flagNote + ")" : item.label();
    }

    private static double rowHeight(List<String> lines) {
        return Math.max(ROW, lines.size() * Svg.LINE_HEIGHT) + ROW_PADDING;
    }

    private String value(double value) {
        return format == Format.PERCENT ? Svg.percent(value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private String tickLabel(NiceScale scale, double tick) {
        if (format == Format.NUMBER) {
            return String.format(Locale.ROOT, "%.1f", tick);
        }
        double percent = tick * 100;
        return Math.abs(percent - Math.rint(percent)) < 1e-6
                ? String.format(Locale.ROOT, "%.0f%%", percent) : String.format(Locale.ROOT, "%.1f%%", percent);
    }

    private String description() {
        StringBuilder text = new StringBuilder("Dot plot of ").append(items.size())
                .append(items.size() == 1 ? " item" : " items").append(", in rank order.");
        items.stream().filter(item -> !Double.isNaN(item.estimate()))
                .reduce((best, next) -> next.estimate() > best.estimate() ? next : best)
                .ifPresent(highest -> {
                    text.append(" Highest: ").append(highest.label()).append(' ').append(value(highest.estimate()));
                    if (highest.hasInterval()) {
                        text.append(" (95% CI ").append(value(highest.lower())).append(" to ")
                                .append(value(highest.upper())).append(')');
                    }
                    text.append('.');
                });
        return text.toString();
    }
}
