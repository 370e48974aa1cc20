package uk.gov.safervoices.portal.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core on the page in the browser, against WCAG 2.0, 2.1 and 2.2 A and AA. Every violation is recorded (and
 * printed), but only those of impact "serious" or "critical" fail the test; the failure message lists all of them
 * with the page, the rule, its impact and the elements it found.
 */
final class AccessibilityAudit {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");

    private final List<String> failing = new ArrayList<>();
    private final List<String> all = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();

    /** Runs axe on the page now shown, under a name for the report. */
    void check(WebDriver driver, String page) {
        // Legacy mode runs axe in the page itself instead of finishing in a new blank window: about 40% faster
        // here, and the same results for a site without cross-origin frames.
        Results results = new AxeBuilder().withTags(TAGS).setLegacyMode(true).analyze(driver);
        if (results.getPasses().isEmpty()) {
            throw new AssertionError("axe-core checked nothing on " + page + " (" + driver.getCurrentUrl() + ")");
        }
        if (results.isErrored()) {
            throw new AssertionError("axe-core failed on " + page + ": " + results.getErrorMessage());
        }
        pages.add(page);
        for (Rule rule : results.getViolations()) {
            String line = describe(page, driver.getCurrentUrl(), rule);
            all.add(line);
            if (FAILING.contains(rule.getImpact())) {
                failing.add(line);
            }
        }
    }

    /** Fails with every serious or critical violation found (and, for context, the lesser ones). */
    void assertNoSeriousOrCritical() {
        if (!all.isEmpty()) {
            System.out.println("axe-core violations (" + all.size() + ") on " + pages.size() + " pages:\n"
                    + String.join("\n", all));
        }
        if (!failing.isEmpty()) {
            throw new AssertionError(failing.size() + " serious or critical accessibility violation(s):\n"
                    + String.join("\n", failing) + (all.size() > failing.size()
                    ? "\nAlso (moderate/minor):\n" + String.join("\n", all.stream().filter(l -> !failing.contains(l)).toList())
                    : ""));
        }
    }

    List<String> pagesChecked() {
        return List.copyOf(pages);
    }

    private static String describe(String page, String url, Rule rule) {
        StringBuilder line = new StringBuilder("- " + page + " (" + url + "): " + rule.getId() + " [" + rule.getImpact()
                + "] " + rule.getHelp());
        for (CheckedNode node : rule.getNodes()) {
            line.append("\n    ").append(node.getTarget()).append(": ").append(abbreviate(node.getHtml()));
        }
        return line.toString();
    }

    private static String abbreviate(String html) {
        String flat = html == null ? "" : html.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }
}
