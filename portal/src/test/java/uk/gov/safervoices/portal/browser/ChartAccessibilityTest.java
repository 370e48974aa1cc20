package uk.gov.safervoices.portal.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import uk.gov.safervoices.portal.chart.DistributionChart;
import uk.gov.safervoices.portal.chart.DistributionChart.ReferenceLine;
import uk.gov.safervoices.portal.chart.DistributionChart.ValueCount;
import uk.gov.safervoices.portal.chart.DotPlot;
import uk.gov.safervoices.portal.chart.ProportionChart;
import uk.gov.safervoices.portal.chart.ProportionChart.Category;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * axe-core on a static page holding every kind of chart (and the edge cases: no data, a small base, hostile
 * labels), as the lead will place them: each beside the data table the page always shows. No violation of impact
 * "serious" or "critical" is allowed. The page is a file, so no server is started.
 */
@ExtendWith(Chromium.class)
class ChartAccessibilityTest {
    private static Chromium.Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyKindOfChartOnAPage(@TempDir Path folder) throws IOException {
        List<String> charts = charts();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < charts.size(); i++) {
            body.append("<h2>Chart ").append(i + 1).append("</h2>\n<figure>").append(charts.get(i))
                    .append("</figure>\n<table><caption>Chart ").append(i + 1)
                    .append(" as a table</caption><tr><th scope=\"col\">Category</th><th scope=\"col\">Value</th></tr>")
                    .append("<tr><td>Example</td><td>34%</td></tr></table>\n");
        }
        Path page = folder.resolve("charts.html");
        Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Charts</title>"
                + "<style>body{font-family:arial,sans-serif;color:#0b0c0c;max-width:640px;margin:0 auto;padding:15px}"
                + "figure{margin:0}</style></head><body><main><h1>Charts</h1>\n" + body + "</main></body></html>\n");

        browser.driver().get(page.toUri().toString());
        assertEquals(charts.size(), browser.driver().findElements(By.cssSelector("svg[role=img]")).size());
        assertEquals(0, browser.driver().findElements(By.tagName("script")).size(), "a label's markup stays text");
        String name = browser.driver().findElement(By.cssSelector("svg[aria-labelledby='safety-title safety-desc']"))
                .getAccessibleName();
        assertEquals("How safe people feel walking alone after dark Bar chart of 4 categories. Highest: Fairly safe 41%"
                + " (95% CI 38% to 44%). Thinner bars show 2025 for comparison.", name, "named by its title and desc");
        Screenshots.take(browser.driver(), "charts");

        AccessibilityAudit audit = new AccessibilityAudit();
        audit.check(browser.driver(), "every kind of chart");
        audit.assertNoSeriousOrCritical();
    }

    private static List<String> charts() {
        List<String> charts = new ArrayList<>();
        charts.add(new ProportionChart("safety", "How safe people feel walking alone after dark", List.of(
                new Category("Very safe", 0.35, 0.32, 0.38).withComparison(0.31, 0.28, 0.34),
                new Category("Fairly safe", 0.41, 0.38, 0.44).withComparison(0.43, 0.4, 0.46),
                new Category("Anti-social behaviour such as noisy neighbours", 0.16, 0.14, 0.19)
                        .withComparison(0.18, Double.NaN, Double.NaN),
                new Category("Very unsafe <script>alert(1)</script>", 0.08, 0.02, 0.2, true)
                        .withComparison(0.08, 0.06, 0.1)), "2026", "2025").svg());
        charts.add(new ProportionChart("empty", "Nothing answered yet", List.of()).svg());
        List<ValueCount> weights = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            weights.add(new ValueCount(0.3 + i * 0.05, 5 + (long) (40 * Math.exp(-Math.pow((i - 15) / 8.0, 2)))));
        }
        charts.add(new DistributionChart("weights", "Distribution of weights", "Weight", "Respondents",
                DistributionChart.bin(weights, 20), List.of(new ReferenceLine(1.0, "Mean weight"),
                new ReferenceLine(0.4, "Lower trim bound"), new ReferenceLine(3.5, "Upper trim bound"))).svg());
        charts.add(new DotPlot("concerns", "Concerns, ranked", "Residents choosing it as a top-three concern",
                DotPlot.Format.PERCENT, List.of(
                new DotPlot.Item("Drug dealing", 0.42, 0.38, 0.46),
                new DotPlot.Item("Anti-social behaviour such as noisy neighbours", 0.31, 0.27, 0.35),
                new DotPlot.Item("Speeding", 0.27, 0.23, 0.31),
                new DotPlot.Item("Hate crime", 0.05, 0.01, 0.12, true))).svg());
        charts.add(new DotPlot("scores", "Mean worry score", "Score from 1 to 5", DotPlot.Format.NUMBER, List.of(
                new DotPlot.Item("Burglary", 3.4, 3.2, 3.6), new DotPlot.Item("Car crime", 2.9, Double.NaN, Double.NaN)))
                .svg());
        return charts;
    }
}
