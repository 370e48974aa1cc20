package uk.gov.safervoices.portal.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A histogram, such as the distribution of survey weights: one bar per bin, counts up the y axis, the bins' bounds
 * along the x axis, and optional vertical reference lines (the mean weight, trimming bounds) with their labels.
 * {@link #bin(List, int)} makes equal-width bins from values that each stand for many respondents.
 *
 * @param id             prefix of the element ids, unique on the page: {@code [a-z][a-z0-9-]*}
 * @param title          the chart's accessible name, such as "Distribution of weights"
 * @param xAxisTitle     what the bins measure, such as "Weight"; null for none
 * @param yAxisTitle     what is counted, such as "Respondents"; null for none
 * @param bins           the bins, in any order (drawn by value)
 * @param referenceLines vertical lines to mark values; may be empty
 */
public record DistributionChart(String id, String title, String xAxisTitle, String yAxisTitle, List<Bin> bins,
                                List<ReferenceLine> referenceLines) {

    private static final double LEFT = 64;
    private static final double RIGHT = Svg.WIDTH - 24;
    private static final double PLOT_HEIGHT = 240;
    private static final double TOP = 8;
    private static final double TITLE_ROW = 24;
    private static final double REFERENCE_ROW = 20;
    private static final int MAXIMUM_X_LABELS = 8;

    /**
     * A bin: values from {@code from} up to {@code to}, and how many there are.
     */
    public record Bin(double from, double to, long count) {
    }

    /** A value to mark with a dashed vertical line, such as the mean weight. */
    public record ReferenceLine(double value, String label) {
        public ReferenceLine {
            label = label == null ? "" : label;
        }
    }

    /** A value and how many respondents have it (a weighting cell's weight and its size, say). */
    public record ValueCount(double value, long count) {
    }

    public DistributionChart {
        Svg.checkId(id);
        title = title == null ? "" : title;
        bins = bins == null ? List.of() : bins.stream()
                .filter(bin -> bin != null && Double.isFinite(bin.from()) && Double.isFinite(bin.to()))
                .map(bin -> bin.to() < bin.from() ? new Bin(bin.to(), bin.from(), bin.count()) : bin)
                .sorted(Comparator.comparingDouble(Bin::from)).toList();
        referenceLines = referenceLines == null ? List.of() : referenceLines.stream()
                .filter(line -> line != null && Double.isFinite(line.value())).toList();
    }

    /**
     * Equal-width bins from the smallest value to the largest (the last bin includes its upper bound), counting each
     * value {@code count} times. Values that are not finite and counts below 1 are left out; no values give no bins,
     * and values all the same give one bin from that value to itself.
     *
     * @throws IllegalArgumentException if {@code binCount} is below 1
     */
    public static List<Bin> bin(List<ValueCount> values, int binCount) {
        if (binCount < 1) {
            throw new IllegalArgumentException("At least one bin is needed, not " + binCount);
        }
        List<ValueCount> usable = values == null ? List.of() : values.stream().filter(Objects::nonNull)
                .filter(value -> Double.isFinite(value.value()) && value.count() > 0).toList();
        if (usable.isEmpty()) {
            return List.of();
        }
        double min = usable.stream().mapToDouble(ValueCount::value).min().orElseThrow();
        double max = usable.stream().mapToDouble(ValueCount::value).max().orElseThrow();
        if (min == max) {
            return List.of(new Bin(min, max, usable.stream().mapToLong(ValueCount::count).sum()));
        }
        double width = (max - min) / binCount;
        long[] counts = new long[binCount];
        for (ValueCount value : usable) {
            int index = (int) Math.floor((value.value() - min) / width);
            counts[Math.max(0, Math.min(binCount - 1, index))] += value.count();
        }
        List<Bin> bins = new ArrayList<>(binCount);
        for (int i = 0; i < binCount; i++) {
            bins.add(new Bin(min + i * width, i == binCount - 1 ? max : min + (i + 1) * width, counts[i]));
        }
        return List.copyOf(bins);
    }

    /** The chart as SVG markup, for a view to insert unescaped ({@code {{{chart}}}}). */
    public String svg() {
        if (bins.isEmpty()) {
            return Svg.noData(id, title);
        }
        double low = bins.get(0).from();
        double high = bins.stream().mapToDouble(Bin::to).max().orElseThrow();
        for (ReferenceLine line : referenceLines) {
            low = Math.min(low, line.value());
            high = Math.max(high, line.value());
        }
        if (high - low < 1e-12) {
            double pad = Math.abs(high) > 1e-12 ? Math.abs(high) * 0.5 : 0.5;
            low -= pad;
            high += pad;
        }
        long maxCount = bins.stream().mapToLong(Bin::count).max().orElse(0);
        NiceScale y = NiceScale.of(0, Math.max(0, maxCount), 4);
        if (y.step() < 1) {
            y = new NiceScale(0, Math.max(1, Math.ceil(y.high())), 1);
        }
        int decimals = decimals(bins);

        double plotTop = TOP + TITLE_ROW + referenceLines.size() * REFERENCE_ROW;
        double plotBottom = plotTop + PLOT_HEIGHT;
        double height = plotBottom + 28 + (blank(xAxisTitle) ? 0 : 24);
        StringBuilder svg = Svg.begin(id, height, title, description(decimals, maxCount));
        if (!blank(yAxisTitle)) {
            Svg.text(svg, "sv-chart-axis-title", 0, TOP + 16, "start", Svg.TEXT, yAxisTitle);
        }
        for (double tick : y.ticks()) {
            double ty = plotBottom - y.fraction(tick) * PLOT_HEIGHT;
            Svg.line(svg, LEFT, ty, RIGHT, ty, tick == 0 ? Svg.SECONDARY : Svg.GRID, 1, "");
            Svg.text(svg, "sv-chart-tick", LEFT - 8, ty + Svg.FONT_SIZE * 0.35, "end", Svg.SECONDARY,
                    String.format(Locale.ROOT, "%.0f", tick));
        }
        double finalLow = low;
        double finalHigh = high;
        java.util.function.DoubleUnaryOperator x = value -> LEFT + (value - finalLow) / (finalHigh - finalLow) * (RIGHT - LEFT);
        for (Bin bin : bins) {
            double left = x.applyAsDouble(bin.from());
            double right = x.applyAsDouble(bin.to());
            if (right - left < 4) { // a bin of one value: a narrow bar centred on it
                double middle = (left + right) / 2;
                left = middle - 4;
                right = middle + 4;
            }
            double barHeight = y.fraction(Math.max(0, bin.count())) * PLOT_HEIGHT;
            Svg.rect(svg, "sv-chart-bin", left, plotBottom - barHeight, right - left, barHeight, Svg.BLUE,
                    " stroke=\"" + Svg.WHITE + "\" stroke-width=\"1\"");
        }
        xLabels(svg, x, plotBottom, decimals);
        if (!blank(xAxisTitle)) {
            Svg.text(svg, "sv-chart-axis-title", (LEFT + RIGHT) / 2, plotBottom + 48, "middle", Svg.TEXT, xAxisTitle);
        }
        for (int i = 0; i < referenceLines.size(); i++) {
            ReferenceLine line = referenceLines.get(i);
            double lx = x.applyAsDouble(line.value());
            double labelY = TOP + TITLE_ROW + i * REFERENCE_ROW + 14;
            Svg.line(svg, lx, labelY - 12, lx, plotBottom, Svg.TEXT, 2, " stroke-dasharray=\"6 4\" class=\"sv-chart-reference\"");
            boolean leftSide = lx > (LEFT + RIGHT) / 2;
            Svg.text(svg, "sv-chart-reference-label", leftSide ? lx - 6 : lx + 6, labelY, leftSide ? "end" : "start",
                    Svg.TEXT, line.label() + " (" + format(line.value(), decimals) + ")");
        }
        return Svg.end(svg);
    }

    private void xLabels(StringBuilder svg, java.util.function.DoubleUnaryOperator x, double plotBottom, int decimals) {
        List<Double> bounds = new ArrayList<>();
        for (Bin bin : bins) {
            if (bounds.isEmpty() || bounds.get(bounds.size() - 1) != bin.from()) {
                bounds.add(bin.from());
            }
            bounds.add(bin.to());
        }
        List<Double> distinct = bounds.stream().distinct().toList();
        int every = (int) Math.ceil(distinct.size() / (double) MAXIMUM_X_LABELS);
        for (int i = 0; i < distinct.size(); i += every) {
            double value = distinct.get(i);
            Svg.line(svg, x.applyAsDouble(value), plotBottom, x.applyAsDouble(value), plotBottom + 5, Svg.SECONDARY, 1, "");
            Svg.text(svg, "sv-chart-tick", x.applyAsDouble(value), plotBottom + 22, "middle", Svg.SECONDARY,
                    format(value, decimals));
        }
    }

    /** Decimals enough to tell the narrowest bin's bounds apart: 0 for bins 10 wide, 2 for bins 0.25 wide. */
    private static int decimals(List<Bin> bins) {
        double narrowest = bins.stream().mapToDouble(bin -> bin.to() - bin.from()).filter(width -> width > 0)
                .min().orElse(1);
        return (int) Math.max(0, Math.min(4, Math.ceil(-Math.log10(narrowest)) + 1));
    }

    private static String format(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private String description(int decimals, long maxCount) {
        long total = bins.stream().mapToLong(bin -> Math.max(0, bin.count())).sum();
        StringBuilder text = new StringBuilder("Histogram of ").append(total).append(" in ").append(bins.size())
                .append(bins.size() == 1 ? " bin" : " bins").append(" from ").append(format(bins.get(0).from(), decimals))
                .append(" to ").append(format(bins.get(bins.size() - 1).to(), decimals)).append('.');
        bins.stream().filter(bin -> bin.count() == maxCount && maxCount > 0).findFirst().ifPresent(tallest ->
                text.append(" Most in ").append(format(tallest.from(), decimals)).append(" to ")
                        .append(format(tallest.to(), decimals)).append(" (").append(tallest.count()).append(")."));
        for (ReferenceLine line : referenceLines) {
            text.append(' ').append(line.label()).append(" at ").append(format(line.value(), decimals)).append('.');
        }
        return text.toString();
    }
}
