package uk.gov.safervoices.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A resident who uses only the keyboard: Tab, Shift+Tab, Space, Enter, the arrow keys, and typing. Keys go to
 * whatever has focus, as they would for a person; nothing is clicked.
 */
final class Keyboard {
    private static final int MOST_TABS = 60;
    private final WebDriver driver;
    private final Resident resident;

    Keyboard(Resident resident) {
        this.resident = resident;
        this.driver = resident.driver();
    }

    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    void tab() {
        press(Keys.TAB);
    }

    void shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    void type(String text) {
        press(text);
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element is the one described, and fails if it is never reached. */
    Focus tabTo(String description, Predicate<Focus> wanted) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < MOST_TABS; i++) {
            tab();
            Focus focus = focus();
            if (wanted.test(focus)) {
                return focus;
            }
            passed.add(focus.toString());
        }
        throw new AssertionError("Tabbing never reached " + description + " on " + resident.path() + "; focus went "
                + String.join(" -> ", passed));
    }

    /** Tabs to the link, button or field whose text or label is exactly this. */
    Focus tabToControl(String text) {
        return tabTo("'" + text + "'", f -> text.equals(f.text()) || text.equals(f.label()));
    }

    /**
     * What has focus now: its tag, text, label and id, read in one look (reading the page is not interacting with
     * it; it saves a round trip to the browser per property on every Tab).
     */
    Focus focus() {
        @SuppressWarnings("unchecked")
        List<Object> read = (List<Object>) ((JavascriptExecutor) driver).executeScript("""
                const e = document.activeElement;
                const label = e.labels && e.labels.length ? e.labels[0].innerText.trim() : null;
                return [e.tagName.toLowerCase(), (e.innerText || '').trim(), label, e.id || null];""");
        return new Focus((String) read.get(0), (String) read.get(1), (String) read.get(2), (String) read.get(3));
    }

    record Focus(String tag, String text, String label, String id) {
        @Override
        public String toString() {
            return tag + (label != null ? "[" + label + "]" : text.isEmpty() ? "" : "'" + text + "'");
        }
    }

    /** Presses Enter or Space on the focused control and waits for the page it leads to. */
    void activate(CharSequence key) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        press(key);
        resident.waitForNewPage(oldPage);
    }
}
