package uk.gov.safervoices.portal.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A heat map of values from 0 to 1, such as the priority matrix's scaled criteria: one row per item (in the order
 * given), one column per measure, each cell shaded in one of five bands and its value written in it (so colour is
 * never the only way to read it), with a key. A missing value is a grey cell marked with a dash.
 *
 * @param id      prefix of the element ids, unique on the page: {@code [a-z][a-z0-9-]*}
 * @param title   the chart's accessible name
 * @param columns the measures, left to right
 * @param rows    the items, top to bottom
 */
public record HeatMap(String id, String title, List<String> columns, List<Row> rows) {

    private static final double LABEL_WIDTH = 200;
    private static final double PLOT_LEFT = LABEL_WIDTH + 12;
    private static final int LABEL_CHARACTERS = (int) (LABEL_WIDTH / Svg.CHARACTER_WIDTH);
    private static final double ROW = 30;
    private static final double TOP = 4;
    /** Light to dark; the text colour of each keeps a contrast of at least 4.5:1. */
    static final String[] FILLS = {"#f4f8fb", "#d2e2f1", "#8eb8dc", "#1d70b8", "#003078"};
    static final String[] TEXT_COLOURS = {Svg.TEXT, Svg.TEXT, Svg.TEXT, Svg.WHITE, Svg.WHITE};
    static final String MISSING = "#f3f2f1";

    /**
     * One row.
     *
     * @param label  the item
     * @param values one per column, from 0 to 1; NaN where it has none
     */
    public record Row(String label, List<Double> values) {
        public Row {
            label = label == null ? "" : label;
            values = values.stream().map(v -> v == null ? Double.NaN : Svg.finite(v)).toList();
        }
    }

    public HeatMap {
        Svg.checkId(id);
        title = title == null ? "" : title;
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException(row.label() + " has " + row.values().size() + " values for "
                        + columns.size() + " columns");
            }
        }
    }

    /** The band of a value, 0 (lowest fifth) to 4; -1 for none. */
    static int band(double value) {
        if (Double.isNaN(value)) {
            return -1;
        }
        return (int) Math.max(0, Math.min(4, Math.floor(value * 5)));
    }

    public String svg() {
        if (rows.isEmpty() || columns.isEmpty()) {
            return Svg.noData(id, title);
        }
        double columnWidth = (Svg.WIDTH - PLOT_LEFT) / columns.size();
        int headerCharacters = Math.max(4, (int) ((columnWidth - 4) / Svg.CHARACTER_WIDTH));
        List<List<String>> headers = new ArrayList<>();
        int headerLines = 1;
        for (String column : columns) {
            List<String> lines = Svg.wrap(column, headerCharacters, 4);
            headers.add(lines);
            headerLines = Math.max(headerLines, lines.size());
        }
        double headerHeight = headerLines * Svg.LINE_HEIGHT + 8;
        List<List<String>> labels = rows.stream().map(r -> Svg.wrap(r.label(), LABEL_CHARACTERS, 2)).toList();
        double plotTop = TOP + headerHeight;
        double plotHeight = 0;
        for (List<String> label : labels) {
            plotHeight += rowHeight(label);
        }
        double keyTop = plotTop + plotHeight + 16;
        StringBuilder svg = Svg.begin(id, keyTop + 52, title, description());
        for (int c = 0; c < columns.size(); c++) {
            double centre = PLOT_LEFT + (c + 0.5) * columnWidth;
            List<String> lines = headers.get(c);
            double firstBaseline = plotTop - 8 - (lines.size() - 1) * Svg.LINE_HEIGHT;
            svg.append("<text class=\"sv-chart-column\" x=\"").append(Svg.number(centre)).append("\" y=\"")
                    .append(Svg.number(firstBaseline)).append("\" text-anchor=\"middle\" font-weight=\"bold\">");
            if (!String.join(" ", lines).equals(columns.get(c).strip().replaceAll("\\s+", " "))) {
                svg.append("<title>").append(Svg.escape(columns.get(c))).append("</title>");
            }
            for (int i = 0; i < lines.size(); i++) {
                svg.append("<tspan x=\"").append(Svg.number(centre)).append("\" dy=\"")
                        .append(i == 0 ? "0.0" : Svg.number(Svg.LINE_HEIGHT)).append("\">")
                        .append(Svg.escape(lines.get(i))).append("</tspan>");
            }
            svg.append("</text>\n");
        }
        double y = plotTop;
        for (int r = 0; r < rows.size(); r++) {
            double height = rowHeight(labels.get(r));
            Svg.lines(svg, "sv-chart-label", LABEL_WIDTH, y + height / 2, "end", labels.get(r), rows.get(r).label());
            for (int c = 0; c < columns.size(); c++) {
                double value = rows.get(r).values().get(c);
                int band = band(value);
                double x = PLOT_LEFT + c * columnWidth;
                Svg.rect(svg, "sv-chart-cell", x + 1, y + 1, columnWidth - 2, height - 2,
                        band < 0 ? MISSING : FILLS[band], " stroke=\"" + Svg.GRID + "\" stroke-width=\"1\"");
                Svg.text(svg, "sv-chart-value", x + columnWidth / 2, y + height / 2 + Svg.FONT_SIZE * 0.35, "middle",
                        band < 0 ? Svg.SECONDARY : TEXT_COLOURS[band], value(value));
            }
            y += height;
        }
        key(svg, keyTop);
        return Svg.end(svg);
    }

    private static void key(StringBuilder svg, double top) {
        Svg.text(svg, "sv-chart-key", 0, top + 20, "start", Svg.TEXT, "Key:");
        double x = 48;
        String[] ranges = {"0 to 0.2", "0.2 to 0.4", "0.4 to 0.6", "0.6 to 0.8", "0.8 to 1"};
        for (int band = 0; band < FILLS.length; band++) {
            Svg.rect(svg, "sv-chart-key-swatch", x, top + 6, 20, 20, FILLS[band],
                    " stroke=\"" + Svg.GRID + "\" stroke-width=\"1\"");
            Svg.text(svg, "sv-chart-key", x + 26, top + 21, "start", Svg.TEXT, ranges[band]);
            x += 26 + ranges[band].length() * Svg.CHARACTER_WIDTH + 14;
        }
        Svg.text(svg, "sv-chart-key", 48, top + 46, "start", Svg.SECONDARY,
                "1 is the most pressing concern on that measure, 0 the least; \u2013 no value");
    }

    private static double rowHeight(List<String> label) {
        return Math.max(ROW, label.size() * Svg.LINE_HEIGHT + 10);
    }

    private static String value(double value) {
        return Double.isNaN(value) ? "\u2013" : String.format(Locale.ROOT, "%.2f", value);
    }

    private String description() {
        return "Heat map of " + rows.size() + (rows.size() == 1 ? " row" : " rows") + " by " + columns.size()
                + (columns.size() == 1 ? " measure" : " measures") + ", each value from 0 to 1, darker is higher. "
                + "Rows, top to bottom: " + String.join(", ", rows.stream().map(Row::label).toList()) + ".";
    }
}
