package uk.gov.safervoices.portal.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart of weighted percentages with 95% confidence-interval whiskers: one bar per category, in the
 * order given, and optionally a comparison (last year's wave, another group) drawn as a thinner, darker bar under
 * each with its own whiskers, named in a legend. The axis runs from 0 to 100%.
 *
 * <p>Nothing in the data makes it fail: no categories give a small "No data" chart, a missing (NaN) interval gives
 * no whisker, an interval beyond 0 to 1 is drawn clipped, and a missing estimate gives no bar.
 *
 * @param id             prefix of the element ids, unique on the page: {@code [a-z][a-z0-9-]*}
 * @param title          the chart's accessible name, such as "How safe people feel after dark"
 * @param categories     the bars, top to bottom
 * @param seriesName     what the bars show, for the legend, such as "2026"; may be null without a comparison
 * @param comparisonName what the comparison shows, such as "2025"; null for none
 */
public record ProportionChart(String id, String title, List<Category> categories, String seriesName,
                              String comparisonName) {

    private static final double LABEL_WIDTH = 208;
    private static final double PLOT_LEFT = LABEL_WIDTH + 16;
    private static final double PLOT_RIGHT = Svg.WIDTH - 56;
    private static final double PLOT_WIDTH = PLOT_RIGHT - PLOT_LEFT;
    private static final int LABEL_CHARACTERS = (int) (LABEL_WIDTH / Svg.CHARACTER_WIDTH);
    private static final int LABEL_LINES = 3;
    private static final double BAR = 22;
    private static final double MAIN_BAR_WITH_COMPARISON = 20;
    private static final double COMPARISON_BAR = 8;
    private static final double GAP = 3;
    private static final double ROW_PADDING = 14;
    private static final double LEGEND = 32;
    private static final double TOP = 8;
    private static final double AXIS = 32;
    private static final double CAP = 10;

    /**
     * One bar.
     *
     * @param label      the category, such as "Very safe"
     * @param estimate   the weighted proportion (0 to 1) and its 95% confidence interval
     * @param smallBase  whether the estimate rests on few responses: the bar is hatched and the label says so
     * @param comparison the comparison's proportion for this category, or null
     */
    public record Category(String label, Estimate estimate, boolean smallBase, Estimate comparison) {
        public Category {
            label = label == null ? "" : label;
            estimate = estimate == null ? Estimate.MISSING : estimate;
        }

        public Category(String label, double proportion, double lower, double upper) {
            this(label, new Estimate(proportion, lower, upper), false, null);
        }

        public Category(String label, double proportion, double lower, double upper, boolean smallBase) {
            this(label, new Estimate(proportion, lower, upper), smallBase, null);
        }

        /** This category with a comparison estimate. */
        public Category withComparison(double proportion, double lower, double upper) {
            return new Category(label, estimate, smallBase, new Estimate(proportion, lower, upper));
        }
    }

    /**
     * A proportion and its 95% confidence interval, each from 0 to 1; NaN for a bound (or the proportion) not known.
     */
    public record Estimate(double proportion, double lower, double upper) {
        static final Estimate MISSING = new Estimate(Double.NaN, Double.NaN, Double.NaN);

        public Estimate {
            proportion = Svg.finite(proportion);
            lower = Svg.finite(lower);
            upper = Svg.finite(upper);
        }

        boolean hasInterval() {
            return !Double.isNaN(lower) && !Double.isNaN(upper) && lower <= upper;
        }
    }

    public ProportionChart {
        Svg.checkId(id);
        title = title == null ? "" : title;
        categories = categories == null ? List.of() : categories.stream().filter(Objects::nonNull).toList();
    }

    /** A chart of one series, without a comparison. */
    public ProportionChart(String id, String title, List<Category> categories) {
        this(id, title, categories, null, null);
    }

    /** The x coordinate of a proportion, clipped to the axis. */
    static double x(double proportion) {
        return PLOT_LEFT + Svg.clamp(proportion, 0, 1) * PLOT_WIDTH;
    }

    private boolean comparing() {
        return comparisonName != null && categories.stream().anyMatch(category -> category.comparison() != null);
    }

    /** The chart as SVG markup, for a view to insert unescaped ({@code {{{chart}}}}). */
    public String svg() {
        if (categories.isEmpty()) {
            return Svg.noData(id, title);
        }
        boolean comparing = comparing();
        List<List<String>> labels = new ArrayList<>();
        double plotHeight = 0;
        for (Category category : categories) {
            List<String> lines = Svg.wrap(label(category), LABEL_CHARACTERS, LABEL_LINES);
            labels.add(lines);
            plotHeight += rowHeight(lines, comparing);
        }
        double top = TOP + (comparing ? LEGEND : 0);
        double height = top + plotHeight + AXIS;
        StringBuilder svg = Svg.begin(id, height, title, description(comparing));
        svg.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\"")
                .append(" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"").append(Svg.WHITE).append("\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(Svg.SECONDARY)
                .append("\" stroke-width=\"3\"/></pattern></defs>\n");
        if (comparing) {
            legend(svg);
        }
        axis(svg, top, top + plotHeight);
        double y = top;
        for (int i = 0; i < categories.size(); i++) {
            double rowHeight = rowHeight(labels.get(i), comparing);
            row(svg, categories.get(i), labels.get(i), y, rowHeight, comparing);
            y += rowHeight;
        }
        return Svg.end(svg);
    }

    private static String label(Category category) {
        return category.smallBase() ? category.label() + " (small base)" : category.label();
    }

    private static double rowHeight(List<String> lines, boolean comparing) {
        double bars = comparing ? MAIN_BAR_WITH_COMPARISON + GAP + COMPARISON_BAR : BAR;
        return Math.max(bars, lines.size() * Svg.LINE_HEIGHT) + ROW_PADDING;
    }

    private void legend(StringBuilder svg) {
        double y = TOP;
        Svg.rect(svg, "sv-chart-legend-key", PLOT_LEFT, y + 4, 16, 16, Svg.BLUE, "");
        String main = seriesName == null || seriesName.isBlank() ? "This result" : seriesName;
        Svg.text(svg, "sv-chart-legend", PLOT_LEFT + 22, y + 17.6, "start", Svg.TEXT, main);
        double x = PLOT_LEFT + 22 + Math.min(main.length(), 16) * Svg.CHARACTER_WIDTH + 24;
        Svg.rect(svg, "sv-chart-legend-key", x, y + 8, 16, COMPARISON_BAR, Svg.DARK_BLUE, "");
        Svg.text(svg, "sv-chart-legend", x + 22, y + 17.6, "start", Svg.TEXT, comparisonName);
    }

    private static void axis(StringBuilder svg, double top, double bottom) {
        for (int percent = 0; percent <= 100; percent += 25) {
            double x = x(percent / 100.0);
            Svg.line(svg, x, top, x, bottom, percent == 0 ? Svg.SECONDARY : Svg.GRID, 1, "");
            Svg.text(svg, "sv-chart-tick", x, bottom + 22, "middle", Svg.SECONDARY, percent + "%");
        }
    }

    private void row(StringBuilder svg, Category category, List<String> lines, double y, double rowHeight,
                     boolean comparing) {
        double centre = y + rowHeight / 2;
        Svg.lines(svg, "sv-chart-label", LABEL_WIDTH, centre, "end", lines, label(category));
        double mainHeight = comparing ? MAIN_BAR_WITH_COMPARISON : BAR;
        double blockHeight = comparing ? mainHeight + GAP + COMPARISON_BAR : mainHeight;
        double mainTop = centre - blockHeight / 2;
        String fill = category.smallBase() ? "url(#" + id + "-hatch)" : Svg.BLUE;
        String outline = category.smallBase() ? " stroke=\"" + Svg.SECONDARY + "\" stroke-width=\"1\"" : "";
        bar(svg, "sv-chart-bar", category.estimate(), mainTop, mainHeight, fill, outline, true);
        if (comparing && category.comparison() != null) {
            bar(svg, "sv-chart-comparison", category.comparison(), mainTop + mainHeight + GAP, COMPARISON_BAR,
                    Svg.DARK_BLUE, "", false);
        }
    }

    private static void bar(StringBuilder svg, String cssClass, Estimate estimate, double top, double height,
                            String fill, String extra, boolean valueLabel) {
        double centre = top + height / 2;
        if (Double.isNaN(estimate.proportion())) {
            if (valueLabel) {
                Svg.text(svg, "sv-chart-value", PLOT_LEFT + 6, centre + Svg.FONT_SIZE * 0.35, "start",
                        Svg.SECONDARY, "No estimate");
            }
            return;
        }
        double end = x(estimate.proportion());
        Svg.rect(svg, cssClass, PLOT_LEFT, top, end - PLOT_LEFT, height, fill, extra);
        double labelAt = end;
        if (estimate.hasInterval()) {
            double low = x(estimate.lower());
            double high = x(estimate.upper());
            double cap = Math.min(CAP, height + 4) / 2;
            svg.append("<g class=\"").append(cssClass).append("-whisker\" stroke=\"").append(Svg.TEXT)
                    .append("\" stroke-width=\"1.5\">");
            svg.append("<line x1=\"").append(Svg.number(low)).append("\" y1=\"").append(Svg.number(centre))
                    .append("\" x2=\"").append(Svg.number(high)).append("\" y2=\"").append(Svg.number(centre))
                    .append("\"/>");
            for (double x : new double[] {low, high}) {
                svg.append("<line x1=\"").append(Svg.number(x)).append("\" y1=\"").append(Svg.number(centre - cap))
                        .append("\" x2=\"").append(Svg.number(x)).append("\" y2=\"").append(Svg.number(centre + cap))
                        .append("\"/>");
            }
            svg.append("</g>\n");
            labelAt = Math.max(end, high);
        }
        if (valueLabel) {
            Svg.text(svg, "sv-chart-value", labelAt + 6, centre + Svg.FONT_SIZE * 0.35, "start", Svg.TEXT,
                    Svg.percent(estimate.proportion()));
        }
    }

    private String description(boolean comparing) {
        StringBuilder text = new StringBuilder("Bar chart of ").append(categories.size())
                .append(categories.size() == 1 ? " category." : " categories.");
        categories.stream()
                .filter(category -> !Double.isNaN(category.estimate().proportion()))
                .reduce((best, next) -> next.estimate().proportion() > best.estimate().proportion() ? next : best)
                .ifPresent(highest -> {
                    Estimate estimate = highest.estimate();
                    text.append(" Highest: ").append(highest.label()).append(' ')
                            .append(Svg.percent(estimate.proportion()));
                    if (estimate.hasInterval()) {
                        text.append(" (95% CI ").append(Svg.percent(Math.max(0, estimate.lower()))).append(" to ")
                                .append(Svg.percent(Math.min(1, estimate.upper()))).append(')');
                    }
                    text.append('.');
                });
        if (comparing) {
            text.append(" Thinner bars show ").append(comparisonName).append(" for comparison.");
        }
        return text.toString();
    }
}
