package uk.gov.safervoices.portal.browser;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * Whole-page screenshots into the build folder's {@code screenshots/} (target/screenshots, or
 * target-suffix/screenshots with {@code -Dsv.build.suffix}), for a person to look at. Taken through the DevTools
 * protocol, so they work with JavaScript off too.
 */
final class Screenshots {
    private Screenshots() {
    }

    static Path take(ChromeDriver driver, String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Path file = folder().resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The build folder's screenshots/, beside test-classes, whatever the build folder is called. */
    static Path folder() throws IOException {
        try {
            Path testClasses = Path.of(Screenshots.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.createDirectories(testClasses.getParent().resolve("screenshots"));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
