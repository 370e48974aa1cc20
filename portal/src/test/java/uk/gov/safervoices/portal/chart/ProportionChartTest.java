package uk.gov.safervoices.portal.chart;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import uk.gov.safervoices.portal.chart.ProportionChart.Category;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProportionChartTest {
    private static final double NAN = Double.NaN;

    private static final List<Category> SAFETY = List.of(
            new Category("Very safe", 0.35, 0.32, 0.38),
            new Category("Fairly safe", 0.25, 0.22, 0.28),
            new Category("Fairly unsafe", 0.5, 0.4, 0.6),
            new Category("Very unsafe", 0.1, 0.08, 0.12));

    private static SvgDocument render(List<Category> categories) {
        return SvgDocument.parse(new ProportionChart("safety", "How safe people feel", categories).svg());
    }

    private static List<Element> bars(SvgDocument svg) {
        return svg.withClass("rect", "sv-chart-bar");
    }

    @Test
    void anImageNamedByItsTitleAndDescribedByASummary() {
        SvgDocument svg = render(SAFETY);

        svg.assertAccessible("safety");
        assertEquals("How safe people feel", svg.titleOfRoot().getTextContent());
        assertEquals("Bar chart of 4 categories. Highest: Fairly unsafe 50% (95% CI 40% to 60%).", svg.description());
        assertEquals(List.of("Very safe", "Fairly safe", "Fairly unsafe", "Very unsafe"), svg.texts("sv-chart-label"));
        assertEquals(List.of("35%", "25%", "50%", "10%"), svg.texts("sv-chart-value"));
        assertEquals(List.of("0%", "25%", "50%", "75%", "100%"), svg.texts("sv-chart-tick"));
    }

    @Test
    void barWidthsAreProportionalToTheProportions() {
        List<Element> bars = bars(render(SAFETY));

        double quarter = SvgDocument.number(bars.get(1), "width");
        double half = SvgDocument.number(bars.get(2), "width");
        double tenth = SvgDocument.number(bars.get(3), "width");
        assertEquals(2.0, half / quarter, 1e-9);
        assertEquals(0.2, tenth / half, 0.001);
        assertEquals(SvgDocument.number(bars.get(0), "x"), SvgDocument.number(bars.get(2), "x"), "all from 0");
    }

    @Test
    void whiskersSpanTheConfidenceInterval() {
        SvgDocument svg = render(List.of(new Category("All", 1.0, NAN, NAN), new Category("Half", 0.5, 0.4, 0.6)));
        Element full = bars(svg).get(0);
        double left = SvgDocument.number(full, "x");
        double width = SvgDocument.number(full, "width");

        List<Element> whiskers = svg.withClass("g", "sv-chart-bar-whisker");
        assertEquals(1, whiskers.size(), "no whisker without an interval");
        Element span = (Element) whiskers.get(0).getElementsByTagNameNS("*", "line").item(0);
        assertEquals(left + 0.4 * width, SvgDocument.number(span, "x1"), 0.05);
        assertEquals(left + 0.6 * width, SvgDocument.number(span, "x2"), 0.05);
        Element value = svg.withClass("text", "sv-chart-value").get(1);
        assertTrue(SvgDocument.number(value, "x") > left + 0.6 * width, "the value label is beyond the whisker");
    }

    @Test
    void intervalsBeyondZeroAndOneAreClippedAndProportionsOfZeroAndOneDrawn() {
        SvgDocument svg = render(List.of(new Category("None", 0, -0.05, 0.03), new Category("All", 1, 0.97, 1.08)));
        List<Element> bars = bars(svg);
        double left = SvgDocument.number(bars.get(0), "x");
        double width = SvgDocument.number(bars.get(1), "width");

        assertEquals(0.0, SvgDocument.number(bars.get(0), "width"));
        List<Element> whiskers = svg.withClass("g", "sv-chart-bar-whisker");
        Element none = (Element) whiskers.get(0).getElementsByTagNameNS("*", "line").item(0);
        Element all = (Element) whiskers.get(1).getElementsByTagNameNS("*", "line").item(0);
        assertEquals(left, SvgDocument.number(none, "x1"), 0.05);
        assertEquals(left + width, SvgDocument.number(all, "x2"), 0.05);
        assertEquals(List.of("0%", "100%"), svg.texts("sv-chart-value"));
        assertTrue(svg.description().contains("All 100% (95% CI 97% to 100%)"), svg.description());
    }

    @Test
    void missingIntervalsAndEstimatesDrawNoWhiskerAndNoBar() {
        SvgDocument svg = render(List.of(new Category("No interval", 0.4, NAN, 0.5),
                new Category("Upside down", 0.4, 0.6, 0.2),
                new Category("No estimate", NAN, NAN, NAN),
                new Category("Infinite", Double.POSITIVE_INFINITY, 0, 1)));

        assertEquals(0, svg.withClass("g", "sv-chart-bar-whisker").size());
        assertEquals(2, bars(svg).size());
        assertEquals(List.of("40%", "40%", "No estimate", "No estimate"), svg.texts("sv-chart-value"));
    }

    @Test
    void textFromDataIsEscaped() {
        String markup = new ProportionChart("escape", "<b>Title</b> & \"more\"",
                List.of(new Category("<script>&\"", 0.5, 0.4, 0.6)), "This 'year'", "<i>Last</i>").svg();
        assertFalse(markup.contains("<script>"), markup);
        assertFalse(markup.contains("<b>"), markup);
        assertFalse(markup.contains("<i>"), markup);

        SvgDocument svg = SvgDocument.parse(markup);
        assertEquals(List.of("<script>&\""), svg.texts("sv-chart-label"));
        assertEquals("<b>Title</b> & \"more\"", svg.titleOfRoot().getTextContent());
        assertTrue(svg.elements("script").isEmpty());
    }

    @Test
    void controlCharactersAreDroppedSoTheMarkupStaysWellFormed() {
        SvgDocument svg = render(List.of(new Category("Bell\u0007 and null\u0000", 0.5, 0.4, 0.6)));

        assertEquals(List.of("Bell and null"), svg.texts("sv-chart-label"));
    }

    @Test
    void longLabelsWrapOntoLinesAndVeryLongOnesAreShortened() {
        SvgDocument svg = render(List.of(
                new Category("Anti-social behaviour such as noisy neighbours", 0.3, 0.25, 0.35),
                new Category("Drug dealing", 0.2, 0.15, 0.25),
                new Category("A very long category label that goes on and on and on well past what any three lines"
                        + " of a label could possibly hold without shortening", 0.1, 0.05, 0.15)));

        List<Element> labels = svg.withClass("text", "sv-chart-label");
        assertEquals(List.of("Anti-social behaviour", "such as noisy neighbours"), tspans(labels.get(0)));
        assertEquals(List.of("Drug dealing"), tspans(labels.get(1)));
        List<String> shortened = tspans(labels.get(2));
        assertEquals(3, shortened.size());
        assertTrue(shortened.get(2).endsWith("\u2026"), shortened.toString());
        assertTrue(labels.get(2).getElementsByTagNameNS("*", "title").item(0).getTextContent()
                .endsWith("without shortening"), "the whole label as a tooltip");
    }

    private static List<String> tspans(Element text) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.getElementsByTagNameNS("*", "tspan").getLength(); i++) {
            lines.add(text.getElementsByTagNameNS("*", "tspan").item(i).getTextContent());
        }
        return lines;
    }

    @Test
    void aSmallBaseIsHatchedAndSaysSo() {
        SvgDocument svg = render(List.of(new Category("Few answers", 0.3, 0.1, 0.5, true),
                new Category("Many answers", 0.3, 0.28, 0.32)));

        assertEquals(List.of("Few answers (small base)", "Many answers"), svg.texts("sv-chart-label"));
        assertEquals("url(#safety-hatch)", bars(svg).get(0).getAttribute("fill"));
        assertEquals("#1d70b8", bars(svg).get(1).getAttribute("fill"));
        assertEquals(1, svg.elements("pattern").stream().filter(p -> p.getAttribute("id").equals("safety-hatch")).count());
    }

    @Test
    void aComparisonIsAThinnerBarWithItsOwnWhiskersAndALegend() {
        List<Category> categories = List.of(
                new Category("Very safe", 0.35, 0.32, 0.38).withComparison(0.3, 0.27, 0.33),
                new Category("Fairly safe", 0.25, 0.22, 0.28).withComparison(0.5, NAN, NAN),
                new Category("Not asked last year", 0.1, 0.08, 0.12));
        SvgDocument svg = SvgDocument.parse(new ProportionChart("compare", "Safety", categories, "2026", "2025").svg());

        List<Element> comparison = svg.withClass("rect", "sv-chart-comparison");
        assertEquals(2, comparison.size());
        assertTrue(SvgDocument.number(comparison.get(0), "height") < SvgDocument.number(bars(svg).get(0), "height"));
        double quarter = SvgDocument.number(bars(svg).get(1), "width");
        assertEquals(2.0, SvgDocument.number(comparison.get(1), "width") / quarter, 1e-9);
        assertEquals(1, svg.withClass("g", "sv-chart-comparison-whisker").size());
        assertEquals(List.of("2026", "2025"), svg.texts("sv-chart-legend"));
        assertTrue(svg.description().endsWith("Thinner bars show 2025 for comparison."), svg.description());
    }

    @Test
    void withoutAComparisonNameThereIsNoComparison() {
        SvgDocument svg = render(List.of(new Category("Very safe", 0.35, 0.32, 0.38).withComparison(0.3, 0.27, 0.33)));

        assertTrue(svg.withClass("rect", "sv-chart-comparison").isEmpty());
        assertTrue(svg.texts("sv-chart-legend").isEmpty());
    }

    @Test
    void theHeightGrowsWithTheCategoriesFromOneToForty() {
        double previous = 0;
        for (int count : new int[] {1, 2, 10, 40}) {
            List<Category> categories = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                categories.add(new Category("Category " + i, i / 40.0, NAN, NAN));
            }
            SvgDocument svg = render(categories);
            assertEquals(count, bars(svg).size());
            assertTrue(svg.viewBoxHeight() > previous, count + " categories: " + svg.viewBoxHeight());
            previous = svg.viewBoxHeight();
            if (count == 1) {
                assertEquals("Bar chart of 1 category. Highest: Category 0 0%.", svg.description());
            }
        }
        assertTrue(previous > 40 * 30, "40 rows of at least 30 units: " + previous);
    }

    @Test
    void noCategoriesGiveASmallNoDataChart() {
        for (List<Category> none : java.util.Arrays.asList(List.<Category>of(), null)) {
            SvgDocument svg = SvgDocument.parse(new ProportionChart("empty", "Nothing yet", none).svg());
            svg.assertAccessible("empty");
            assertEquals("No data", svg.only("text").getTextContent());
            assertEquals("No data to show.", svg.description());
        }
    }

    @Test
    void theIdPrefixIsChecked() {
        for (String bad : new String[] {null, "", "Safety", "1st", "a b", "a\"b", "a_b"}) {
            assertThrows(IllegalArgumentException.class, () -> new ProportionChart(bad, "T", SAFETY), bad);
        }
        String markup = new ProportionChart("chart-2", "T", SAFETY).svg();
        assertTrue(markup.contains("id=\"chart-2-title\"") && markup.contains("id=\"chart-2-desc\""), markup);
    }

    @Test
    void theSameDataGiveTheSameMarkupWhateverTheDefaultLocale() {
        String english = new ProportionChart("safety", "T", SAFETY).svg();
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(english, new ProportionChart("safety", "T", SAFETY).svg());
        } finally {
            Locale.setDefault(before);
        }
        assertFalse(english.matches("(?s).*\\d,\\d.*"), "no decimal commas");
        assertTrue(english.contains("width=\"90.0\""), "a quarter of the 360-unit axis, to one decimal place");
    }
}
