package uk.gov.safervoices.portal.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Real headless Chromium from Debian's packages ({@code chromium} and {@code chromium-driver}). Nothing is ever
 * downloaded: the driver and the browser are given by path, so Selenium Manager has nothing to look up.
 *
 * <p>As a JUnit 5 condition: when either program is missing, a browser test class is skipped with a message
 * saying what to install, except in CI (environment variable {@code CI=true}), where it fails, so that CI can
 * never pass without having run the browser tests. The paths can be changed with the system properties
 * {@code safervoices.chromium} and {@code safervoices.chromedriver}.
 */
public final class Chromium implements ExecutionCondition, TestWatcher {
    private static final Set<Browser> RUNNING = ConcurrentHashMap.newKeySet();
    private static volatile boolean warned;
    static final String BROWSER = System.getProperty("safervoices.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("safervoices.chromedriver", "/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = Stream.of(BROWSER, DRIVER).filter(path -> !Files.isExecutable(Path.of(path))).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        String message = "Browser tests need Debian's chromium and chromium-driver packages (missing: "
                + String.join(", ", missing) + "). Install them with: apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and the browser tests cannot run. " + message);
        }
        if (!warned) {
            warned = true;
            System.err.println("[browser tests skipped] " + message);
        }
        return ConditionEvaluationResult.disabled("Skipped: " + message);
    }

    /** When a browser test fails, the page each browser shows is kept: a screenshot and its HTML. */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getTestMethod().map(java.lang.reflect.Method::getName).orElse("class");
        int index = 0;
        for (Browser browser : RUNNING) {
            String file = name + (index++ == 0 ? "" : "-" + index);
            try {
                Screenshots.take(browser.driver(), file);
                Files.writeString(Screenshots.folder().resolve(file + ".html"), browser.driver().getPageSource());
                System.err.println("Browser test failed on " + browser.driver().getCurrentUrl() + ": see "
                        + Screenshots.folder().resolve(file + ".png"));
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not keep the failed page: " + e);
            }
        }
    }

    /** A running browser and what to clean up after it. */
    public static final class Browser implements AutoCloseable {
        private final ChromeDriver driver;
        private final Path profile;

        private Browser(ChromeDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
        }

        public ChromeDriver driver() {
            return driver;
        }

        @Override
        public void close() {
            RUNNING.remove(this);
            try {
                driver.quit();
            } finally {
                deleteQuietly(profile);
            }
        }
    }

    /** Starts headless Chromium with a fresh profile; {@code javascript} false turns JavaScript off for every page. */
    public static Browser start(boolean javascript) {
        // Selenium has no DevTools bindings for every Chromium release; raw DevTools commands work regardless.
        Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
        Logger.getLogger("org.openqa.selenium.chromium").setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("sv-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--lang=en-GB",
                "--window-size=1280,1024", "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Browser browser = new Browser(driver, profile);
            RUNNING.add(browser);
            return browser;
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
