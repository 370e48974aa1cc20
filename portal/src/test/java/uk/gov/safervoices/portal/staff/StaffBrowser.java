package uk.gov.safervoices.portal.staff;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A member of staff's browser: keeps cookies (honouring Path and Max-Age), never follows redirects by itself
 * ({@link #follow} does, so a test sees each hop), and posts forms with the page's CSRF token.
 */
public final class StaffBrowser {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final URI base;
    private final Map<String, StoredCookie> cookies = new LinkedHashMap<>();

    public StaffBrowser(URI base) {
        this.base = base;
    }

    public Page get(String path) {
        return follow(getOnce(path));
    }

    public Page getOnce(String path) {
        return send(request(path, BROWSER_ACCEPT).GET().build());
    }

    /** A GET asking for JSON, as a script would. */
    Page getAsScript(String path) {
        return send(request(path, "application/json").GET().build());
    }

    /** Posts fields (name, value, name, value...) exactly as given, not following a redirect. */
    public Page postOnce(String path, String... fields) {
        return send(request(path, BROWSER_ACCEPT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
    }

    /** Posts fields with the CSRF token and answers the raw response (headers and bytes), for a download. */
    HttpResponse<byte[]> download(String path, String... fields) {
        String[] withToken = new String[fields.length + 2];
        withToken[0] = "csrfToken";
        withToken[1] = csrfToken();
        System.arraycopy(fields, 0, withToken, 2, fields.length);
        HttpRequest request = request(path, BROWSER_ACCEPT).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encode(withToken))).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Posts a {@code multipart/form-data} form as a browser's file upload does: the fields (name, value...) and a
     * file part {@code fileField} (an empty part, as a browser sends for no file, when {@code fileName} is empty).
     * Pass {@code csrfToken()} among the fields to include the token.
     */
    public Page postMultipart(String path, String fileField, String fileName, String fileText, String... fields) {
        String boundary = "----sv" + java.util.UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(fields[i]).append("\"\r\n\r\n")
                    .append(fields[i + 1]).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
                .append(fileName).append("\"\r\n")
                .append("Content-Type: ").append(fileName.isEmpty() ? "application/octet-stream" : "application/yaml")
                .append("\r\n\r\n").append(fileText).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        return send(request(path, BROWSER_ACCEPT).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
    }

    /**
     * Posts {@code multipart/form-data} as a browser does for {@code <input type="file" multiple>}: the CSRF token,
     * then one part per file (file name to text), all named {@code fileField}.
     */
    public Page postFiles(String path, String fileField, Map<String, String> files) {
        String boundary = "----sv" + java.util.UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data;"
                + " name=\"csrfToken\"\r\n\r\n" + csrfToken() + "\r\n");
        files.forEach((name, text) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data;"
                + " name=\"").append(fileField).append("\"; filename=\"").append(name)
                .append("\"\r\nContent-Type: text/csv\r\n\r\n").append(text).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path, BROWSER_ACCEPT).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
    }

    /** Posts fields with this browser's CSRF token (from a page it was shown), not following a redirect. */
    public Page postWithToken(String path, String... fields) {
        String[] withToken = new String[fields.length + 2];
        withToken[0] = "csrfToken";
        withToken[1] = csrfToken();
        System.arraycopy(fields, 0, withToken, 2, fields.length);
        return postOnce(path, withToken);
    }

    /** Posts these fields, in their order, with the CSRF token. */
    public Page postWithToken(String path, java.util.Map<String, String> fields) {
        java.util.List<String> pairs = new java.util.ArrayList<>();
        fields.forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        return postWithToken(path, pairs.toArray(String[]::new));
    }

    /** The CSRF token forms carry: the double-submit cookie's value, set by the first page with a form. */
    public String csrfToken() {
        if (cookie("sv_csrf").isEmpty()) {
            getOnce(StaffRoutes.SIGN_IN);
        }
        return cookie("sv_csrf").orElseThrow();
    }

    /** Signs in through the sign-in page, following the redirects. */
    public Page signIn(String username, String password) {
        getOnce(StaffRoutes.SIGN_IN);
        return follow(postWithToken(StaffRoutes.SIGN_IN, "username", username, "password", password));
    }

    Page signOut() {
        return follow(postWithToken(StaffRoutes.SIGN_OUT));
    }

    public Optional<String> cookie(String name) {
        return cookies.values().stream().filter(c -> c.name.equals(name)).map(c -> c.value).findFirst();
    }

    /** Puts a cookie into the browser by hand (an old token, say), for path /admin. */
    void setStaffToken(String value) {
        cookies.put(StaffTokens.COOKIE + "|" + StaffRoutes.ROOT, new StoredCookie(StaffTokens.COOKIE, value,
                StaffRoutes.ROOT));
    }

    public Page follow(Page page) {
        List<String> hops = new ArrayList<>();
        Page current = page;
        while (current.status() == 303 || current.status() == 302) {
            String location = current.location().orElseThrow(() -> new AssertionError("Redirect without Location"));
            hops.add(location);
            if (hops.size() > 10) {
                throw new AssertionError("Too many redirects: " + hops);
            }
            current = getOnce(location);
        }
        return current.withRedirects(hops);
    }

    private HttpRequest.Builder request(String path, String accept) {
        URI uri = base.resolve(path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Accept", accept);
        String header = cookies.values().stream().filter(c -> pathMatches(c.path, uri.getPath()))
                .map(c -> c.name + "=" + c.value).collect(Collectors.joining("; "));
        if (!header.isEmpty()) {
            builder.header("Cookie", header);
        }
        return builder;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            List<String> setCookies = response.headers().allValues("Set-Cookie");
            setCookies.forEach(this::store);
            return new Page(request.method(), request.uri().getPath(), response.statusCode(),
                    response.headers().firstValue("Location"), response.body(), setCookies, List.of(),
                    response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean pathMatches(String cookiePath, String requestPath) {
        return requestPath.equals(cookiePath) || cookiePath.endsWith("/") && requestPath.startsWith(cookiePath)
                || requestPath.startsWith(cookiePath + "/");
    }

    private void store(String setCookie) {
        String[] parts = setCookie.split(";");
        int equals = parts[0].indexOf('=');
        String name = parts[0].substring(0, equals).trim();
        String value = parts[0].substring(equals + 1).trim();
        String path = "/";
        Long maxAge = null;
        for (int i = 1; i < parts.length; i++) {
            String[] attribute = parts[i].trim().split("=", 2);
            if (attribute[0].equalsIgnoreCase("Path") && attribute.length == 2) {
                path = attribute[1].trim();
            } else if (attribute[0].equalsIgnoreCase("Max-Age") && attribute.length == 2) {
                maxAge = Long.parseLong(attribute[1].trim());
            }
        }
        String key = name + "|" + path;
        if (maxAge != null && maxAge <= 0) {
            cookies.remove(key);
        } else {
            cookies.put(key, new StoredCookie(name, value, path));
        }
    }

    private static String encode(String... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("Give names and values in pairs");
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }

    private record StoredCookie(String name, String value, String path) {
    }

    /** A response, with its HTML parsed on demand. */
    public record Page(String method, String path, int status, Optional<String> location, String html,
                List<String> setCookies, List<String> redirects, Map<String, List<String>> headers) {

        Page withRedirects(List<String> hops) {
            return new Page(method, path, status, location, html, setCookies, hops, headers);
        }

        /** A response header's first value, or null. */
        String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }

        public Document document() {
            return Jsoup.parse(html, "http://localhost" + path);
        }

        public String heading() {
            Element h1 = document().selectFirst("h1");
            return h1 == null ? null : h1.text();
        }

        public String title() {
            return document().title();
        }

        /** The texts of the error summary's links. */
        public List<String> errors() {
            return document().select(".govuk-error-summary__list a").eachText();
        }

        /** The raw Set-Cookie header for this cookie name, if the response set one. */
        Optional<String> setCookie(String name) {
            return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst();
        }

        /** The texts of the staff navigation links. */
        List<String> navigation() {
            return document().select(".govuk-service-navigation__list a").eachText();
        }

        public String text() {
            return document().body().text();
        }
    }
}
