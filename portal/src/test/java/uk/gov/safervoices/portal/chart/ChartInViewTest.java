package uk.gov.safervoices.portal.chart;

import com.github.jknack.handlebars.Handlebars;
import org.junit.jupiter.api.Test;
import uk.gov.safervoices.portal.web.ModelValueResolver;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a view shows a chart: the record in the model, its {@code svg} read with triple braces. */
class ChartInViewTest {

    @Test
    void aViewInsertsTheMarkupWithTripleBraces() throws IOException {
        ProportionChart chart = new ProportionChart("safety", "How safe people feel",
                List.of(new ProportionChart.Category("Very safe <b>", 0.35, 0.32, 0.38)));
        Handlebars handlebars = new Handlebars();

        String page = handlebars.compileInline("<figure>{{{chart.svg}}}</figure>")
                .apply(ModelValueResolver.context(Map.of("chart", chart)));
        assertEquals("<figure>" + chart.svg() + "</figure>", page);
        assertTrue(page.contains("Very safe &lt;b&gt;"), "the label escaped once, by the chart");

        String escapedTwice = handlebars.compileInline("{{chart.svg}}")
                .apply(ModelValueResolver.context(Map.of("chart", chart)));
        assertTrue(escapedTwice.startsWith("&lt;svg"), "double braces would show the markup as text");
    }
}
