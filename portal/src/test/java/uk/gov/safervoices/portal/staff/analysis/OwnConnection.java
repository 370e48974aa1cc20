package uk.gov.safervoices.portal.staff.analysis;

import uk.gov.safervoices.portal.staff.StaffBrowser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A GET on a connection of its own, as the signed-in browser. For a 404: after a GET answered 404, the next POST on
 * the same kept-alive connection has been seen to hang (a problem outside these pages, reported), so such GETs stay
 * off the browser's shared connections.
 */
final class OwnConnection {
    private OwnConnection() {
    }

    static int getStatus(URI base, StaffBrowser browser, String path) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                    .header("Accept", "text/html").header("Cookie", "sv_staff=" + browser.cookie("sv_staff")
                            .orElseThrow()).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
