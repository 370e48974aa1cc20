package uk.gov.safervoices.portal.chart;

import com.github.jknack.handlebars.Handlebars;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the charts share: GOV.UK colours, the root element with its title and description, escaping, number
 * formatting and label wrapping. Every number is written with {@link Locale#ROOT} and a fixed number of decimals,
 * so that the same data always gives the same markup.
 */
final class Svg {
    /** GOV.UK blue: 5.2:1 against white. */
    static final String BLUE = "#1d70b8";
    /** GOV.UK dark blue, for a comparison series: 12.6:1 against white. */
    static final String DARK_BLUE = "#003078";
    /** GOV.UK text colour: 19.2:1 against white. */
    static final String TEXT = "#0b0c0c";
    /** GOV.UK secondary text colour: 7.0:1 against white. */
    static final String SECONDARY = "#505a5f";
    /** GOV.UK mid-grey, for gridlines only (decoration: the axis labels carry the values). */
    static final String GRID = "#b1b4b6";
    static final String WHITE = "#ffffff";

    /** The width of every chart's coordinate system; the element itself is 100% of its container's width. */
    static final double WIDTH = 640;
    static final double FONT_SIZE = 16;
    static final double LINE_HEIGHT = 18;
    /** Roughly the width of an average character of Arial at {@link #FONT_SIZE}, for wrapping labels. */
    static final double CHARACTER_WIDTH = 8.5;

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    /** Characters XML 1.0 does not allow, even escaped: dropped from labels so that the markup stays well-formed. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final String ELLIPSIS = "\u2026";

    private Svg() {
    }

    /** The id prefix, checked: the title's and description's ids (and a pattern's) are made from it. */
    static String checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A chart id must match [a-z][a-z0-9-]* (it prefixes element ids): " + id);
        }
        return id;
    }

    /** Text from data, safe as element content and as an attribute value (Handlebars' HTML escaping). */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return Handlebars.Utils.escapeExpression(NOT_XML.matcher(text).replaceAll("")).toString();
    }

    /** A coordinate or length: one decimal place, never "-0.0". */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.equals("-0.0") ? "0.0" : text;
    }

    /** A proportion as a whole percentage ("34%"); values between 0 and 0.5% show as "<1%" rather than "0%". */
    static String percent(double proportion) {
        if (!Double.isFinite(proportion)) {
            return "no estimate";
        }
        if (proportion > 0 && proportion < 0.005) {
            return "<1%";
        }
        return String.format(Locale.ROOT, "%d%%", Math.round(proportion * 100));
    }

    /** The opening tag, title and description of a chart; close with {@link #end(StringBuilder)}. */
    static StringBuilder begin(String id, double height, String title, String description) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sv-chart\" width=\"100%\" viewBox=\"0 0 ")
                .append(number(WIDTH)).append(' ').append(number(height)).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" focusable=\"false\"")
                .append(" font-family=\"'GDS Transport', arial, sans-serif\" font-size=\"")
                .append(number(FONT_SIZE)).append("\" fill=\"").append(TEXT).append("\">\n")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>\n");
        return svg;
    }

    static String end(StringBuilder svg) {
        return svg.append("</svg>\n").toString();
    }

    /** A small chart saying there is nothing to show. */
    static String noData(String id, String title) {
        StringBuilder svg = begin(id, 48, title, "No data to show.");
        svg.append("<text x=\"0.0\" y=\"30.0\" fill=\"").append(SECONDARY).append("\">No data</text>\n");
        return end(svg);
    }

    static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour, double width,
                     String extra) {
        svg.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1))
                .append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2))
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(number(width)).append('"')
                .append(extra).append("/>\n");
    }

    static void rect(StringBuilder svg, String cssClass, double x, double y, double width, double height,
                     String fill, String extra) {
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(y)).append("\" width=\"").append(number(Math.max(0, width))).append("\" height=\"")
                .append(number(Math.max(0, height))).append("\" fill=\"").append(fill).append('"').append(extra)
                .append("/>\n");
    }

    /** One line of text; {@code anchor} is "start", "middle" or "end". The text is escaped here. */
    static void text(StringBuilder svg, String cssClass, double x, double y, String anchor, String colour,
                     String text) {
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(y)).append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(colour)
                .append("\">").append(escape(text)).append("</text>\n");
    }

    /**
     * Lines of text, one {@code <tspan>} each, vertically centred on {@code centreY}; when {@code full} differs from
     * the lines (a label shortened to fit), it is kept in a {@code <title>} as a tooltip.
     */
    static void lines(StringBuilder svg, String cssClass, double x, double centreY, String anchor, List<String> lines,
                      String full) {
        double firstBaseline = centreY - (lines.size() - 1) * LINE_HEIGHT / 2 + FONT_SIZE * 0.35;
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(firstBaseline)).append("\" text-anchor=\"").append(anchor).append("\">");
        if (!String.join(" ", lines).equals(full.strip().replaceAll("\\s+", " "))) {
            svg.append("<title>").append(escape(full)).append("</title>");
        }
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(number(x)).append("\" dy=\"").append(i == 0 ? "0.0" : number(LINE_HEIGHT))
                    .append("\">").append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>\n");
    }

    /**
     * Wraps text at spaces into lines of at most {@code width} characters and at most {@code maxLines} lines; a word
     * longer than a line is broken, and text that does not fit ends in an ellipsis.
     */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (rest.length() <= width) {
                lines.add(rest);
                rest = "";
                break;
            }
            int space = rest.lastIndexOf(' ', width);
            int cut = space > 0 ? space : width;
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            String shortened = last.length() >= width ? last.substring(0, width - 1).strip() : last;
            lines.set(lines.size() - 1, shortened + ELLIPSIS);
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** A finite number, or NaN for anything else. */
    static double finite(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
