package uk.gov.safervoices.portal.chart;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import uk.gov.safervoices.portal.chart.DistributionChart.Bin;
import uk.gov.safervoices.portal.chart.DistributionChart.ReferenceLine;
import uk.gov.safervoices.portal.chart.DistributionChart.ValueCount;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistributionChartTest {

    private static final List<ValueCount> WEIGHTS = List.of(new ValueCount(0.5, 40), new ValueCount(0.8, 120),
            new ValueCount(1.0, 300), new ValueCount(1.4, 90), new ValueCount(2.5, 10));

    @Test
    void binningCountsEachValueAsManyTimesAsItsCountIntoEqualWidthBins() {
        List<Bin> bins = DistributionChart.bin(WEIGHTS, 4);

        assertEquals(4, bins.size());
        assertEquals(new Bin(0.5, 1.0, 160), bins.get(0)); // 0.5 and 0.8
        assertEquals(new Bin(1.0, 1.5, 390), bins.get(1)); // a value on a bound goes up
        assertEquals(new Bin(1.5, 2.0, 0), bins.get(2));
        assertEquals(new Bin(2.0, 2.5, 10), bins.get(3), "the last bin includes the largest value");
        assertEquals(560, bins.stream().mapToLong(Bin::count).sum());
    }

    @Test
    void binningLeavesOutWhatCannotBeCountedAndCopesWithOneValue() {
        assertEquals(List.of(), DistributionChart.bin(List.of(), 5));
        assertEquals(List.of(), DistributionChart.bin(null, 5));
        assertEquals(List.of(new Bin(1.2, 1.2, 7)), DistributionChart.bin(List.of(new ValueCount(1.2, 3),
                new ValueCount(1.2, 4), new ValueCount(Double.NaN, 5), new ValueCount(9, 0),
                new ValueCount(Double.POSITIVE_INFINITY, 2), new ValueCount(7, -1)), 5));
        assertThrows(IllegalArgumentException.class, () -> DistributionChart.bin(WEIGHTS, 0));
    }

    @Test
    void barHeightsAreProportionalToTheCountsAndTheAxesLabelled() {
        List<Bin> bins = DistributionChart.bin(WEIGHTS, 4);
        SvgDocument svg = SvgDocument.parse(new DistributionChart("weights", "Distribution of weights", "Weight",
                "Respondents", bins, List.of()).svg());

        svg.assertAccessible("weights");
        List<Element> bars = svg.withClass("rect", "sv-chart-bin");
        assertEquals(4, bars.size());
        assertEquals(390.0 / 160, SvgDocument.number(bars.get(1), "height") / SvgDocument.number(bars.get(0), "height"), 0.01);
        assertEquals(0.0, SvgDocument.number(bars.get(2), "height"));
        assertEquals(SvgDocument.number(bars.get(0), "width"), SvgDocument.number(bars.get(3), "width"), 0.11);
        assertEquals(List.of("0.50", "1.00", "1.50", "2.00", "2.50"),
                svg.texts("sv-chart-tick").subList(svg.texts("sv-chart-tick").size() - 5, svg.texts("sv-chart-tick").size()));
        assertEquals(List.of("Respondents", "Weight"), svg.texts("sv-chart-axis-title"));
        assertEquals("Histogram of 560 in 4 bins from 0.50 to 2.50. Most in 1.00 to 1.50 (390).", svg.description());
    }

    @Test
    void referenceLinesAreDrawnAtTheirValuesWithLabelsAndWidenTheAxisIfNeeded() {
        List<Bin> bins = List.of(new Bin(0, 1, 5), new Bin(1, 2, 10));
        SvgDocument svg = SvgDocument.parse(new DistributionChart("weights", "Weights", "Weight", null, bins,
                List.of(new ReferenceLine(1.0, "Mean weight"), new ReferenceLine(4.0, "Upper trim <bound>"),
                        new ReferenceLine(Double.NaN, "Nowhere"))).svg());

        List<Element> bars = svg.withClass("rect", "sv-chart-bin");
        double left = SvgDocument.number(bars.get(0), "x");
        double unit = SvgDocument.number(bars.get(1), "x") - left;
        List<Element> lines = svg.withClass("line", "sv-chart-reference");
        assertEquals(2, lines.size());
        assertEquals(left + unit, SvgDocument.number(lines.get(0), "x1"), 0.11);
        assertEquals(left + 4 * unit, SvgDocument.number(lines.get(1), "x1"), 0.11);
        assertEquals(List.of("Mean weight (1.0)", "Upper trim <bound> (4.0)"), svg.texts("sv-chart-reference-label"));
        assertFalse(svg.markup.contains("<bound>"));
        assertTrue(svg.description().endsWith("Mean weight at 1.0. Upper trim <bound> at 4.0."), svg.description());
    }

    @Test
    void noBinsOneBinOfOneValueAndManyBinsDrawWithoutFailing() {
        SvgDocument empty = SvgDocument.parse(new DistributionChart("w", "Weights", null, null, List.of(), null).svg());
        assertEquals("No data", empty.only("text").getTextContent());

        SvgDocument single = SvgDocument.parse(new DistributionChart("w", "Weights", null, null,
                DistributionChart.bin(List.of(new ValueCount(1, 12)), 10), null).svg());
        assertEquals(1, single.withClass("rect", "sv-chart-bin").size());
        assertTrue(SvgDocument.number(single.withClass("rect", "sv-chart-bin").get(0), "width") > 0);

        List<ValueCount> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            values.add(new ValueCount(0.2 + i * 0.01, i % 7));
        }
        SvgDocument many = SvgDocument.parse(new DistributionChart("w", "Weights", "Weight", "Respondents",
                DistributionChart.bin(values, 40), null).svg());
        assertEquals(40, many.withClass("rect", "sv-chart-bin").size());
        long xLabels = many.withClass("text", "sv-chart-tick").stream()
                .filter(text -> text.getAttribute("text-anchor").equals("middle")).count();
        assertTrue(xLabels <= 9, "bounds labelled sparsely enough to read: " + xLabels);
    }

    @Test
    void countsOfZeroEverywhereStillGiveAnAxis() {
        SvgDocument svg = SvgDocument.parse(new DistributionChart("w", "Weights", null, null,
                List.of(new Bin(0, 1, 0), new Bin(1, 2, 0)), null).svg());

        assertEquals(List.of("0", "1"), svg.texts("sv-chart-tick").subList(0, 2));
    }
}
