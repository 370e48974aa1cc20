package uk.gov.safervoices.portal.survey;

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A resident with a browser that keeps cookies (honouring Path and Max-Age) and never follows redirects on its own:
 * {@link #get} and {@link #submit} follow 303s by hand, so a test sees every hop. Forms are posted as
 * application/x-www-form-urlencoded with repeated keys, as a browser posts a checkbox group.
 */
final class Resident {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** What Chromium and Firefox send for a page. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final URI base;
    private final String accept;
    private final Map<String, StoredCookie> cookies = new LinkedHashMap<>();

    Resident(URI base) {
        this(base, BROWSER_ACCEPT);
    }

    /** A resident whose browser sends this Accept header (a text-only browser sends less than Chromium). */
    Resident(URI base, String accept) {
        this.base = base;
        this.accept = accept;
    }

    /** A GET, following redirects. */
    Page get(String path) {
        return follow(send(request(path).GET().build()));
    }

    /** A GET, not following a redirect. */
    Page getOnce(String path) {
        return send(request(path).GET().build());
    }

    /** Posts a form exactly as given (no CSRF token added), not following a redirect. */
    Page postOnce(String path, Form form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded())).build());
    }

    /** Posts a form with the page's CSRF token, following redirects. */
    Page submit(Page page, Form form) {
        return follow(postOnce(page.formAction(), form.withToken(page.csrfToken())));
    }

    /** Posts the page's form as a browser would with nothing changed: its hidden and text fields as they are. */
    Page submitForm(Page page) {
        return submit(page, Form.fromPage(page));
    }

    /** Posts a section page with "Continue" and these answers (key, value, key, value...), following redirects. */
    Page answer(Page page, String... keysAndValues) {
        return submit(page, Form.of(keysAndValues).with("action", "continue").withHiddenFieldsOf(page));
    }

    /** Posts a section page with "Save and come back later". */
    Page saveForLater(Page page, String... keysAndValues) {
        return submit(page, Form.of(keysAndValues).with("action", "save").withHiddenFieldsOf(page));
    }

    Optional<String> cookie(String name) {
        return cookies.values().stream().filter(c -> c.name.equals(name)).map(c -> c.value).findFirst();
    }

    Page follow(Page page) {
        List<String> hops = new ArrayList<>();
        Page current = page;
        while (current.status() == 303 || current.status() == 302 || current.status() == 301) {
            String location = current.location().orElseThrow(() -> new AssertionError("Redirect without Location"));
            hops.add(location);
            if (hops.size() > 10) {
                throw new AssertionError("Too many redirects: " + hops);
            }
            current = send(request(location).GET().build());
        }
        return current.withRedirects(page.redirects().isEmpty() ? hops : page.redirects());
    }

    private HttpRequest.Builder request(String path) {
        URI uri = base.resolve(path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Accept", accept);
        String header = cookieHeader(uri.getPath());
        if (!header.isEmpty()) {
            builder.header("Cookie", header);
        }
        return builder;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(this::store);
            return new Page(request.method(), request.uri().getPath(), response.statusCode(),
                    response.headers().firstValue("Location"), response.body(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String cookieHeader(String requestPath) {
        return cookies.values().stream().filter(c -> pathMatches(c.path, requestPath))
                .sorted(Comparator.comparingInt((StoredCookie c) -> c.path.length()).reversed())
                .map(c -> c.name + "=" + c.value).collect(Collectors.joining("; "));
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

    private record StoredCookie(String name, String value, String path) {
    }

    /** A response, with its HTML parsed. */
    record Page(String method, String path, int status, Optional<String> location, String html, List<String> redirects) {

        Page withRedirects(List<String> hops) {
            return new Page(method, path, status, location, html, hops);
        }

        Document document() {
            return Jsoup.parse(html, "http://localhost" + path);
        }

        String title() {
            return document().title();
        }

        String heading() {
            Element h1 = document().selectFirst("h1");
            return h1 == null ? null : h1.text();
        }

        String csrfToken() {
            Element field = document().selectFirst("form input[name=csrfToken]");
            if (field == null) {
                throw new AssertionError("No csrfToken field on " + path + " (" + status + "):\n" + html);
            }
            return field.attr("value");
        }

        /** The action of the page's main form: the first one holding a CSRF token. */
        String formAction() {
            Element form = document().select("form:has(input[name=csrfToken])").first();
            if (form == null) {
                throw new AssertionError("No form on " + path + " (" + status + "):\n" + html);
            }
            return form.attr("action").isEmpty() ? path : form.attr("action");
        }

        /** The texts and targets of the error summary's links, in order. */
        Map<String, String> errorSummary() {
            Map<String, String> links = new LinkedHashMap<>();
            document().select(".govuk-error-summary__list a").forEach(a -> links.put(a.text(), a.attr("href")));
            return links;
        }

        /** The value of a text input, or of a textarea, by name. */
        String inputValue(String name) {
            Element input = document().selectFirst("[name=\"" + name + "\"]");
            if (input == null) {
                throw new AssertionError("No field " + name + " on " + path);
            }
            return input.tagName().equals("textarea") ? input.wholeText() : input.attr("value");
        }

        /** Values of the checked radios or checkboxes with this name. */
        List<String> checked(String name) {
            return document().select("input[name=\"" + name + "\"][checked]").eachAttr("value");
        }

        /** The selected option's value of a select, or null. */
        String selected(String name) {
            Element option = document().selectFirst("select[name=\"" + name + "\"] option[selected]");
            return option == null ? null : option.attr("value");
        }

        /** The values of the radios (or checkboxes) with this name, in page order. */
        List<String> options(String name) {
            return document().select("input[name=\"" + name + "\"]").eachAttr("value");
        }

        /** The option values of a select, in page order. */
        List<String> selectOptions(String name) {
            return document().select("select[name=\"" + name + "\"] option").eachAttr("value");
        }

        /** The text of the label of the element with this id. */
        String labelFor(String id) {
            Element label = document().selectFirst("label[for=\"" + id + "\"]");
            return label == null ? null : label.text();
        }

        /** The lines of the answer in the check-answers row for this question text. */
        List<String> summaryLines(String questionText) {
            for (Element row : document().select(".govuk-summary-list__row")) {
                if (row.selectFirst(".govuk-summary-list__key").text().equals(questionText)) {
                    return java.util.Arrays.stream(row.selectFirst(".govuk-summary-list__value").html().split("<br>"))
                            .map(line -> Jsoup.parse(line).text()).toList();
                }
            }
            throw new AssertionError("No summary row for " + questionText + " on " + path + ":\n" + summaryRows());
        }

        /** The summary list rows of a check-answers page: question text to answer text. */
        Map<String, String> summaryRows() {
            Map<String, String> rows = new LinkedHashMap<>();
            for (Element row : document().select(".govuk-summary-list__row")) {
                rows.put(row.selectFirst(".govuk-summary-list__key").text(),
                        row.selectFirst(".govuk-summary-list__value").text());
            }
            return rows;
        }

        /** The href of the Change link of the summary row for this question text. */
        String changeLink(String questionText) {
            for (Element row : document().select(".govuk-summary-list__row")) {
                if (row.selectFirst(".govuk-summary-list__key").text().equals(questionText)) {
                    return row.selectFirst(".govuk-summary-list__actions a").attr("href");
                }
            }
            throw new AssertionError("No summary row for " + questionText + " on " + path + ":\n" + summaryRows());
        }

        @Override
        public String toString() {
            return method + " " + path + " -> " + status + location.map(l -> " " + l).orElse("");
        }
    }

    /** Form fields in order; a key may repeat. */
    static final class Form {
        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        static Form of(String... keysAndValues) {
            if (keysAndValues.length % 2 != 0) {
                throw new IllegalArgumentException("Give keys and values in pairs");
            }
            Form form = new Form();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                form.with(keysAndValues[i], keysAndValues[i + 1]);
            }
            return form;
        }

        Form with(String key, String value) {
            fields.add(Map.entry(key, value));
            return this;
        }

        Form without(String key) {
            fields.removeIf(f -> f.getKey().equals(key));
            return this;
        }

        /** Replaces every value of the field with this one. */
        Form set(String key, String value) {
            fields.removeIf(f -> f.getKey().equals(key));
            return with(key, value);
        }

        Form withToken(String token) {
            if (fields.stream().noneMatch(f -> f.getKey().equals("csrfToken"))) {
                fields.add(0, Map.entry("csrfToken", token));
            }
            return this;
        }

        /** Adds the page form's hidden fields (such as "change"), other than the CSRF token. */
        Form withHiddenFieldsOf(Page page) {
            Element form = page.document().selectFirst("form[action=\"" + page.formAction() + "\"]");
            if (form != null) {
                for (Element hidden : form.select("input[type=hidden]")) {
                    if (!hidden.attr("name").equals("csrfToken")) {
                        with(hidden.attr("name"), hidden.attr("value"));
                    }
                }
            }
            return this;
        }

        /** The page's form as it stands: hidden fields and text inputs with their values (no buttons). */
        static Form fromPage(Page page) {
            Form form = new Form();
            Element element = page.document().selectFirst("form[action=\"" + page.formAction() + "\"]");
            for (Element input : element.select("input[type=hidden], input[type=text]")) {
                form.with(input.attr("name"), input.attr("value"));
            }
            return form;
        }

        String encoded() {
            return fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                    .collect(Collectors.joining("&"));
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
