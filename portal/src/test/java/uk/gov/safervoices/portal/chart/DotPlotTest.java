package uk.gov.safervoices.portal.chart;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import uk.gov.safervoices.portal.chart.DotPlot.Format;
import uk.gov.safervoices.portal.chart.DotPlot.Item;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DotPlotTest {
    private static final List<Item> CONCERNS = List.of(
            new Item("Drug dealing", 0.42, 0.38, 0.46),
            new Item("Anti-social behaviour such as noisy neighbours", 0.31, 0.27, 0.35),
            new Item("Burglary", 0.21, 0.17, 0.25),
            new Item("Hate crime", 0.05, 0.01, 0.12, true));

    private static SvgDocument render(Format format, List<Item> items) {
        return SvgDocument.parse(new DotPlot("concerns", "Concerns, ranked", "Residents choosing it", format, items).svg());
    }

    @Test
    void oneRowPerItemInTheOrderGivenWithAnAxisRoundedAboveTheHighestValue() {
        SvgDocument svg = render(Format.PERCENT, CONCERNS);

        svg.assertAccessible("concerns");
        assertEquals(List.of("Drug dealing", "Anti-social behaviour\nsuch as noisy neighbours", "Burglary",
                "Hate crime (small base)"), svg.texts("sv-chart-label"));
        assertEquals(List.of("0%", "20%", "40%", "60%"), svg.texts("sv-chart-tick"));
        assertEquals(List.of("42%", "31%", "21%", "5%"), svg.texts("sv-chart-value"));
        assertEquals(List.of("Residents choosing it"), svg.texts("sv-chart-axis-title"));
        assertEquals("Dot plot of 4 items, in rank order. Highest: Drug dealing 42% (95% CI 38% to 46%).",
                svg.description());
        List<Element> dots = svg.elements("circle");
        double first = SvgDocument.number(dots.get(0), "cy");
        assertTrue(SvgDocument.number(dots.get(3), "cy") > first, "top to bottom in order");
        assertEquals("#ffffff", dots.get(3).getAttribute("fill"), "a flagged item's dot is hollow");
        assertEquals("#1d70b8", dots.get(0).getAttribute("fill"));
    }

    @Test
    void dotsAndIntervalsArePlacedInProportionToTheValues() {
        SvgDocument svg = render(Format.PERCENT, CONCERNS);
        List<Element> ticks = svg.withClass("text", "sv-chart-tick");
        double zero = SvgDocument.number(ticks.get(0), "x");
        double perTwentyPercent = SvgDocument.number(ticks.get(1), "x") - zero;

        Element drugDealing = svg.elements("circle").get(0);
        assertEquals(zero + 0.42 / 0.2 * perTwentyPercent, SvgDocument.number(drugDealing, "cx"), 0.11);
        Element interval = svg.withClass("line", "sv-chart-interval").get(0);
        assertEquals(zero + 0.38 / 0.2 * perTwentyPercent, SvgDocument.number(interval, "x1"), 0.11);
        assertEquals(zero + 0.46 / 0.2 * perTwentyPercent, SvgDocument.number(interval, "x2"), 0.11);
    }

    @Test
    void plainNumbersHaveOneDecimalPlace() {
        SvgDocument svg = render(Format.NUMBER, List.of(new Item("Mean score", 3.44, 3.1, 3.8),
                new Item("Other", 2.0, Double.NaN, Double.NaN)));

        assertEquals(List.of("0.0", "1.0", "2.0", "3.0", "4.0"), svg.texts("sv-chart-tick"));
        assertEquals(List.of("3.4", "2.0"), svg.texts("sv-chart-value"));
        assertEquals(1, svg.withClass("line", "sv-chart-interval").size(), "no interval where the bounds are NaN");
    }

    @Test
    void edgeCasesDrawWithoutFailing() {
        SvgDocument empty = render(Format.PERCENT, List.of());
        assertEquals("No data", empty.only("text").getTextContent());

        SvgDocument zeros = render(Format.PERCENT, List.of(new Item("Nothing", 0, 0, 0), new Item("Missing", Double.NaN, 0, 1),
                new Item("<script>&\"", 0, -0.1, 0.02)));
        assertEquals(List.of("0%", "No estimate", "0%"), zeros.texts("sv-chart-value"));
        assertEquals("<script>&\"", zeros.texts("sv-chart-label").get(2));
        assertFalse(zeros.markup.contains("<script>"));
        Element clipped = zeros.withClass("line", "sv-chart-interval").get(1);
        assertEquals(SvgDocument.number(zeros.elements("circle").get(1), "cx"), SvgDocument.number(clipped, "x1"), 0.01,
                "an interval below 0% is clipped to the axis");

        List<Item> forty = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            forty.add(new Item("Concern " + i, 1 - i / 40.0, 0.9 - i / 40.0, 1.05 - i / 40.0));
        }
        SvgDocument many = render(Format.PERCENT, forty);
        assertEquals(40, many.elements("circle").size());
        assertTrue(many.viewBoxHeight() > render(Format.PERCENT, CONCERNS).viewBoxHeight());
        List<String> ticks = many.texts("sv-chart-tick");
        assertEquals("100%", ticks.get(ticks.size() - 1), "a percentage axis ends at 100%, intervals beyond are clipped");
    }
}
