package uk.gov.safervoices.portal.chart;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatMapTest {
    private static final HeatMap MATRIX = new HeatMap("matrix", "Priority matrix",
            List.of("Residents' concern", "Recorded crime per 1,000 residents", "Composite"),
            List.of(new HeatMap.Row("Burglary", Arrays.asList(1.0, 0.55, 0.8)),
                    new HeatMap.Row("Anti-social behaviour", Arrays.asList(0.19, null, 0.0))));

    @Test
    void everyCellIsShadedByItsBandAndCarriesItsValueAsText() {
        SvgDocument svg = SvgDocument.parse(MATRIX.svg());

        svg.assertAccessible("matrix");
        assertEquals(List.of("Burglary", "Anti-social behaviour"), svg.texts("sv-chart-label"));
        assertEquals(List.of("1.00", "0.55", "0.80", "0.19", "\u2013", "0.00"), svg.texts("sv-chart-value"));
        List<String> fills = svg.withClass("rect", "sv-chart-cell").stream().map(e -> e.getAttribute("fill")).toList();
        assertEquals(List.of("#003078", "#8eb8dc", "#003078", "#f4f8fb", HeatMap.MISSING, "#f4f8fb"), fills);
        List<Element> values = svg.withClass("text", "sv-chart-value");
        assertEquals("#ffffff", values.get(0).getAttribute("fill"), "white on the darkest blue");
        assertEquals("#0b0c0c", values.get(1).getAttribute("fill"), "black on the middle band");
        assertTrue(svg.description().contains("Rows, top to bottom: Burglary, Anti-social behaviour."),
                svg.description());
    }

    @Test
    void cellsLineUpInColumnsAndRowsInTheOrderGiven() {
        SvgDocument svg = SvgDocument.parse(MATRIX.svg());
        List<Element> cells = svg.withClass("rect", "sv-chart-cell");
        double firstX = SvgDocument.number(cells.get(0), "x");
        assertEquals(firstX, SvgDocument.number(cells.get(3), "x"), 1e-9, "same column");
        assertTrue(SvgDocument.number(cells.get(1), "x") > firstX);
        assertTrue(SvgDocument.number(cells.get(3), "y") > SvgDocument.number(cells.get(0), "y"));
    }

    @Test
    void bandsAreFifthsAndTextKeepsItsContrast() {
        assertEquals(0, HeatMap.band(0));
        assertEquals(0, HeatMap.band(0.199));
        assertEquals(1, HeatMap.band(0.2));
        assertEquals(4, HeatMap.band(0.8));
        assertEquals(4, HeatMap.band(1));
        assertEquals(-1, HeatMap.band(Double.NaN));
        for (int band = 0; band < HeatMap.FILLS.length; band++) {
            assertTrue(contrast(HeatMap.FILLS[band], HeatMap.TEXT_COLOURS[band]) >= 4.5,
                    HeatMap.FILLS[band] + " " + contrast(HeatMap.FILLS[band], HeatMap.TEXT_COLOURS[band]));
        }
        assertTrue(contrast(HeatMap.MISSING, "#505a5f") >= 4.5);
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HeatMap("m", "M", List.of("A", "B"),
                List.of(new HeatMap.Row("x", List.of(0.5)))));
    }

    /** WCAG 2.2 contrast ratio. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
