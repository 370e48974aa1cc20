package uk.gov.safervoices.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * What a resident does in the browser, by what they see: headings, the text of labels, links and buttons. Every
 * answer is given by clicking its label (or typing into the box a label names), as a person would; nothing is
 * found by a field's name or filled in by script.
 */
final class Resident {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(25);
    private final WebDriver driver;
    private final String baseUrl;

    Resident(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    WebDriver driver() {
        return driver;
    }

    /** Goes to an address on the site, as if typed into the address bar. */
    void visit(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText().trim();
    }

    String pageTitle() {
        return driver.getTitle();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Follows a link by its visible text, and waits for the next page. */
    void followLink(String text) {
        navigate(driver.findElement(By.xpath("//a[normalize-space()=" + literal(text) + "]")));
    }

    /** Presses a button (a real button or a link styled as one) by its text, and waits for the next page. */
    void press(String text) {
        navigate(button(text));
    }

    WebElement button(String text) {
        return driver.findElement(By.xpath("//button[normalize-space()=" + literal(text) + "]"
                + " | //a[@role='button' and normalize-space()=" + literal(text) + "]"));
    }

    void continueOn() {
        press("Continue");
    }

    /** Chooses an option of the question (or grid row) whose legend starts with {@code question}, by its label. */
    void choose(String question, String option) {
        WebElement label = optionLabel(question, option);
        label.click();
        if (!input(label).isSelected()) {
            throw new AssertionError("Clicking '" + option + "' did not select it");
        }
    }

    /** Ticks or unticks a checkbox by clicking its label. */
    void tick(String question, String option) {
        optionLabel(question, option).click();
    }

    /**
     * Ticks or unticks a checkbox that stands on its own (no fieldset), such as "Prefer not to say" under a box; its
     * label may go on with visually hidden text naming the question ("Prefer not to say (What is your age?)").
     */
    void tickAlone(String label) {
        aloneLabel(label).click();
    }

    boolean isTickedAlone(String label) {
        return input(aloneLabel(label)).isSelected();
    }

    private WebElement aloneLabel(String label) {
        return driver.findElement(By.xpath("//label[normalize-space()=" + literal(label)
                + " or starts-with(normalize-space(), " + literal(label + " (") + ")]"));
    }

    boolean isSelected(String question, String option) {
        return input(optionLabel(question, option)).isSelected();
    }

    boolean isShown(String question, String option) {
        List<WebElement> labels = driver.findElements(optionLabelXpath(question, option));
        return !labels.isEmpty() && labels.get(0).isDisplayed();
    }

    /** Waits until an option is visible (for answers a condition reveals). */
    void waitUntilShown(String question, String option) {
        new WebDriverWait(driver, WAIT, POLL).until(ExpectedConditions.visibilityOfElementLocated(optionLabelXpath(question, option)));
    }

    /** Types into the box named by a label (the label's text, or its start). */
    void type(String label, String text) {
        WebElement box = field(label);
        box.clear();
        box.sendKeys(text);
    }

    String valueOf(String label) {
        return field(label).getAttribute("value");
    }

    /** Chooses from the drop-down list named by a label. */
    void select(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
    }

    WebElement field(String label) {
        WebElement element = driver.findElement(By.xpath("//label[starts-with(normalize-space(), " + literal(label) + ")]"));
        return driver.findElement(By.id(element.getAttribute("for")));
    }

    /** The text of the error summary, or empty when the page has none. */
    String errorSummary() {
        List<WebElement> summary = driver.findElements(By.cssSelector(".govuk-error-summary"));
        return summary.isEmpty() ? "" : summary.get(0).getText();
    }

    /** Follows a link in the error summary (it moves to the field with the problem). */
    void followErrorLink(String startOfMessage) {
        driver.findElement(By.xpath("//div[contains(@class,'govuk-error-summary')]//a[starts-with(normalize-space(), "
                + literal(startOfMessage) + ")]")).click();
    }

    /** The value shown on "Check your answers" for a question. */
    String answerShown(String question) {
        return summaryRow(question).findElement(By.cssSelector(".govuk-summary-list__value")).getText().trim();
    }

    boolean answerListed(String question) {
        return !driver.findElements(summaryRowXpath(question)).isEmpty();
    }

    void change(String question) {
        navigate(summaryRow(question).findElement(By.xpath(".//a[starts-with(normalize-space(), 'Change')]")));
    }

    private WebElement summaryRow(String question) {
        return driver.findElement(summaryRowXpath(question));
    }

    private static By summaryRowXpath(String question) {
        return By.xpath("//div[contains(@class,'govuk-summary-list__row')][dt[normalize-space()=" + literal(question) + "]]");
    }

    private WebElement optionLabel(String question, String option) {
        try {
            return driver.findElement(optionLabelXpath(question, option));
        } catch (NoSuchElementException e) {
            throw new AssertionError("No option '" + option + "' under a legend starting '" + question + "' on "
                    + path() + " (" + heading() + ")", e);
        }
    }

    /** The label of an option inside the innermost fieldset whose legend starts with the question. */
    private static By optionLabelXpath(String question, String option) {
        return By.xpath("(//fieldset[legend[starts-with(normalize-space(), " + literal(question) + ")]])[last()]"
                + "//label[normalize-space()=" + literal(option) + "]");
    }

    private WebElement input(WebElement label) {
        return driver.findElement(By.id(label.getAttribute("for")));
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old one. */
    void navigate(WebElement element) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        element.click();
        waitForNewPage(oldPage);
    }

    void waitForNewPage(WebElement oldPage) {
        new WebDriverWait(driver, WAIT, POLL).until(d -> isGone(oldPage));
        new WebDriverWait(driver, WAIT, POLL).until(d -> !d.findElements(By.tagName("footer")).isEmpty());
    }

    /** Whether an element belongs to a page that has been replaced (Chromium reports this in more than one way). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    /** An XPath string literal for any text, including apostrophes ("Don't know"). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
