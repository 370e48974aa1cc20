// Load harness for docs/benchmarks.md. Single-file program (JDK 17, no build step):
//
//   java -cp portal-0.1.0-SNAPSHOT.jar docs/benchmarks/Harness.java <command> ...
//
// The portal's shaded jar is on the class path only for its JDBC drivers (H2, Connector/J); nothing of the
// product's code is used: the harness talks to the running server over HTTP like a browser, and to the database
// with plain JDBC.
//
// Commands
//   prepare <baseUrl> <slug> <count> <threads> <out.tsv> [seed]
//       <count> residents, each a fresh browser: GET the first section (CSRF cookie and token), POST every
//       section with valid, varied answers (the first POST makes the draft cookie), GET check-answers (the
//       submissionKey). Writes one line per resident: sv_csrf, sv_draft, csrfToken, submissionKey, expected
//       answer rows. Every response is checked (status and Location); any surprise is counted as an error.
//   submit <baseUrl> <slug> <drafts.tsv> <threads> <maxSeconds>
//       The timed phase of (b): <threads> threads, each with its own keep-alive HTTP/1.1 connection, take the next
//       unused draft and POST its final "check your answers" form (csrfToken, submissionKey, with the draft's
//       sv_csrf and sv_draft cookies), wait for the answer, and go on until every draft is used (or <maxSeconds>
//       have passed: then no new draft is taken and those in flight finish). Nothing is left in flight, so the
//       rows in the database can be compared exactly with the acknowledged submissions: 303 to the about-you (or
//       complete) page carrying the signed sv_responded cookie, which is set only on a newly committed response.
//       Prints throughput (acknowledged / seconds from the first request to the last answer), p50/p90/p99/max
//       latency and errors by kind.
//   rows <jdbcUrl> <user> <password> <acknowledged> <tuples.tsv>...
//       Row check: response and response_answer counts against the acknowledged submissions, and the
//       answer rows each stored response should have (from the tuples files, joined on the idempotency key).
//   pace <pageUrl> <connections> <requestsPerSecond> <seconds> [drafts.tsv]
//       Page views at a fixed rate (open loop), spread evenly over <connections> keep-alive connections, each
//       request due at its own time; latency is measured from when the request was due, not when it was sent, so
//       a slow answer delays nothing it should not and queueing shows (no coordinated omission). With a drafts
//       file, each request carries one resident's sv_csrf and sv_draft cookies (round robin), as page.lua does.
//   raw <jdbcUrl> <user> <password> <threads> <seconds>
//       The raw ceiling: the same rows (copied from up to 500 stored responses) inserted by a plain JDBC loop,
//       one transaction per response (one response row, then its answer rows in one JDBC batch, sent as one
//       multi-row INSERT on MySQL/MariaDB as the product's are), from <threads> threads with a connection each,
//       for <seconds>. Rows it writes have references starting "RW-".
//
// Every command is bounded: in count (prepare), in time (raw), and every HTTP request has a 30 s timeout.

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Harness {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Harness prepare|rows|raw ... (see the comment at the top of Harness.java)");
            System.exit(2);
        }
        switch (args[0]) {
            case "prepare" -> Prepare.run(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Path.of(args[5]), args.length > 6 ? Long.parseLong(args[6]) : 1L);
            case "submit" -> Submit.run(args[1], args[2], Path.of(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
            case "rows" -> Rows.run(args[1], args[2], args[3], Long.parseLong(args[4]),
                    Arrays.copyOfRange(args, 5, args.length));
            case "raw" -> Raw.run(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "pace" -> Pace.run(URI.create(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), args.length > 5 ? Path.of(args[5]) : null);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // prepare: residents fill in every section and reach "check your answers"

    static final class Prepare {
        static final String QUESTIONNAIRE = "community-safety-survey";
        static final String[] SAFETY = {"very_safe", "fairly_safe", "a_bit_unsafe", "very_unsafe", "dont_know"};
        static final String[] PROBLEM = {"very_big", "fairly_big", "not_very_big", "not_a_problem", "dont_know"};
        static final String[] EXTENT = {"major_problem", "minor_problem", "not_a_problem"};
        static final String[] WORRY = {"very_worried", "fairly_worried", "not_very_worried", "not_at_all_worried"};
        static final String[] JOB = {"excellent", "good", "fair", "poor", "very_poor"};
        static final String[] AGREEMENT = {"strongly_agree", "tend_to_agree", "neither", "tend_to_disagree",
                "strongly_disagree"};
        static final String[] INFORMED = {"very_well", "fairly_well", "not_very_well", "not_at_all"};
        static final String[] ASB_ITEMS = {"noisy_neighbours", "teenagers_hanging_around", "rubbish_or_litter",
                "vandalism", "drugs", "drunk_or_rowdy", "abandoned_cars"};
        static final String[] SERIOUS_ITEMS = {"knife_crime", "hate_crime", "sexual_violence"};
        static final String[] CONFIDENCE_ITEMS = {"deal_with_what_matters", "listen_to_concerns",
                "treat_everyone_fairly"};
        static final String[] CONCERNS = {"drug_dealing", "asb", "burglary", "violent_crime", "knife_crime",
                "domestic_abuse", "vehicle_crime", "speeding", "hate_crime", "fly_tipping"};
        static final String[] WHY_NOT = {"too_trivial", "nothing_could_be_done", "not_interested",
                "dealt_with_myself", "fear_of_reprisal", "did_not_know_how", "too_much_trouble"};
        static final String[] LIVE_OR_WORK = {"live", "live", "live", "work_or_study", "visiting"};
        static final String[] COMMENTS = {"", "", "More street lighting on the high street, please.",
                "Speeding on Station Road is getting worse.", "Thank you for asking."};

        static void run(String base, String slug, int count, int threads, Path out, long seed) throws Exception {
            URI server = URI.create(base);
            String survey = "/consultations/" + slug + "/" + QUESTIONNAIRE;
            List<String> wards;
            try (Http connection = new Http(server)) {
                wards = wards(connection, survey + "/your_area");
            }
            if (wards.isEmpty()) {
                throw new IllegalStateException("no ward options on " + survey + "/your_area");
            }
            AtomicInteger next = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
            List<String> lines = Collections.synchronizedList(new ArrayList<>(count));
            AtomicLong requests = new AtomicLong();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    Http connection = new Http(server);
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        try {
                            lines.add(new Resident(connection, survey, wards, new Random(seed * 1_000_003L + i),
                                    requests).fillIn());
                            int n = done.incrementAndGet();
                            if (n % 5000 == 0) {
                                System.err.printf("  prepared %d/%d drafts%n", n, count);
                            }
                        } catch (Exception e) {
                            connection.close();
                            errors.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(),
                                    k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    connection.close();
                    return null;
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
                pool.shutdownNow();
                throw new IllegalStateException("prepare did not finish in 2 hours");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(line);
                    w.newLine();
                }
            }
            int failed = errors.values().stream().mapToInt(AtomicInteger::get).sum();
            System.out.printf("prepare drafts=%d failed=%d requests=%d seconds=%.1f requests_per_s=%.0f%n",
                    lines.size(), failed, requests.get(), seconds, requests.get() / seconds);
            errors.forEach((k, v) -> System.out.printf("prepare error x%d: %s%n", v.get(), k));
            if (failed > 0) {
                System.exit(1);
            }
        }

        static List<String> wards(Http connection, String path) throws Exception {
            String html = connection.exchange("GET", path, null, null).body();
            List<String> wards = new ArrayList<>();
            Matcher m = Pattern.compile("<option value=\"(E05[0-9]+)\"").matcher(html);
            while (m.find()) {
                wards.add(m.group(1));
            }
            return wards;
        }
    }

    /** One resident with their own cookies, going through the whole questionnaire. */
    static final class Resident {
        private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
        private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");
        private final Http connection;
        private final String survey;
        private final List<String> wards;
        private final Random random;
        private final AtomicLong requests;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private int expectedRows;

        Resident(Http connection, String survey, List<String> wards, Random random, AtomicLong requests) {
            this.connection = connection;
            this.survey = survey;
            this.wards = wards;
            this.random = random;
            this.requests = requests;
        }

        String fillIn() throws Exception {
            Http.Response first = get(survey + "/feeling_safe");
            expect(first, 200, null);
            String token = find(CSRF, first.body(), "csrfToken");
            List<String[]> pages = new ArrayList<>(List.of(
                    new String[] {"feeling_safe", feelingSafe()}, new String[] {"local_problems", localProblems()},
                    new String[] {"worry", worry()}, new String[] {"police_and_council", police()},
                    new String[] {"priorities", priorities()}));
            pages.addAll(experience());
            pages.add(new String[] {"your_area", area()});
            pages.add(new String[] {"anything_else", anythingElse()});
            for (int p = 0; p < pages.size(); p++) {
                String nextPage = p + 1 < pages.size() ? "/" + pages.get(p + 1)[0] : "/check-answers";
                expect(post(survey + "/" + pages.get(p)[0], "csrfToken=" + token + "&" + pages.get(p)[1]), 303,
                        survey + nextPage);
            }
            Http.Response check = get(survey + "/check-answers");
            expect(check, 200, null);
            if (!token.equals(find(CSRF, check.body(), "csrfToken"))) {
                throw new IllegalStateException("CSRF token changed during the journey");
            }
            String key = find(KEY, check.body(), "submissionKey");
            String csrfCookie = cookies.get("sv_csrf");
            String draftCookie = cookies.get("sv_draft");
            if (csrfCookie == null || draftCookie == null) {
                throw new IllegalStateException("missing cookie: " + cookies.keySet());
            }
            return String.join("\t", csrfCookie, draftCookie, token, key, Integer.toString(expectedRows));
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private String feelingSafe() {
            expectedRows += 2;
            return "safe_after_dark=" + pick(Prepare.SAFETY) + "&safe_during_day=" + pick(Prepare.SAFETY);
        }

        private String localProblems() {
            StringBuilder form = new StringBuilder();
            for (String item : Prepare.ASB_ITEMS) {
                form.append("asb_problems.").append(item).append('=').append(pick(Prepare.PROBLEM)).append('&');
            }
            for (String item : Prepare.SERIOUS_ITEMS) {
                form.append("serious_crime_problems.").append(item).append('=').append(pick(Prepare.EXTENT)).append('&');
            }
            expectedRows += Prepare.ASB_ITEMS.length + Prepare.SERIOUS_ITEMS.length;
            return form.substring(0, form.length() - 1);
        }

        private String worry() {
            expectedRows += 3;
            return "worry_crime=" + pick(Prepare.WORRY) + "&worry_asb=" + pick(Prepare.WORRY) + "&worry_burglary="
                    + pick(Prepare.WORRY);
        }

        private String police() {
            StringBuilder form = new StringBuilder("police_job=" + pick(Prepare.JOB));
            for (String item : Prepare.CONFIDENCE_ITEMS) {
                form.append("&police_confidence.").append(item).append('=').append(pick(Prepare.AGREEMENT));
            }
            expectedRows += 2 + Prepare.CONFIDENCE_ITEMS.length;
            return form + "&informed=" + pick(Prepare.INFORMED);
        }

        private String priorities() {
            List<String> concerns = new ArrayList<>(Arrays.asList(Prepare.CONCERNS));
            Collections.shuffle(concerns, random);
            expectedRows += 3;
            return "top_concerns.1=" + concerns.get(0) + "&top_concerns.2=" + concerns.get(1) + "&top_concerns.3="
                    + concerns.get(2) + "&top_concerns.specify=";
        }

        /** The victim question's page, and the follow-up pages its answers show ("reporting", "not_reporting"). */
        private List<String[]> experience() {
            int victim = random.nextInt(10);
            expectedRows += 1;
            if (victim < 6) {
                return List.<String[]>of(new String[] {"experience_of_crime", "victim=no"});
            } else if (victim == 9) {
                return List.<String[]>of(new String[] {"experience_of_crime", "victim=prefer_not_to_say"});
            }
            expectedRows += 1;
            List<String[]> pages = new ArrayList<>();
            pages.add(new String[] {"experience_of_crime", "victim=yes"});
            if (random.nextBoolean()) {
                pages.add(new String[] {"reporting", "reported=yes"});
                return pages;
            }
            pages.add(new String[] {"reporting", "reported=no"});
            List<String> why = new ArrayList<>(Arrays.asList(Prepare.WHY_NOT));
            Collections.shuffle(why, random);
            int n = 1 + random.nextInt(3);
            expectedRows += n;
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < n; i++) {
                form.append(i == 0 ? "" : "&").append("why_not_reported=").append(why.get(i));
            }
            pages.add(new String[] {"not_reporting", form + "&why_not_reported.specify="});
            return pages;
        }

        private String area() {
            String liveOrWork = pick(Prepare.LIVE_OR_WORK);
            expectedRows += 1;
            if (!liveOrWork.equals("live")) {
                return "live_or_work=" + liveOrWork;
            }
            expectedRows += 1;
            return "live_or_work=live&home_area.postcode=&home_area.ward=" + wards.get(random.nextInt(wards.size()));
        }

        private String anythingElse() {
            String comment = pick(Prepare.COMMENTS);
            if (!comment.isEmpty()) {
                expectedRows += 1;
            }
            return "anything_else=" + java.net.URLEncoder.encode(comment, StandardCharsets.UTF_8);
        }

        private Http.Response get(String path) throws IOException {
            return send("GET", path, null);
        }

        private Http.Response post(String path, String form) throws IOException {
            return send("POST", path, form);
        }

        private Http.Response send(String method, String path, String form) throws IOException {
            String cookieHeader = null;
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                cookieHeader = header.toString();
            }
            Http.Response response = connection.exchange(method, path, cookieHeader, form);
            requests.incrementAndGet();
            for (String setCookie : response.all("set-cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }

        private static void expect(Http.Response response, int status, String location) {
            String actual = response.first("location");
            if (response.status() != status || (location != null && !location.equals(actual))) {
                throw new IllegalStateException(response.method() + " " + response.path() + " -> " + response.status()
                        + (actual != null ? " " + actual : "")
                        + " (expected " + status + (location != null ? " " + location : "") + ")");
            }
        }

        private static String find(Pattern pattern, String html, String what) {
            Matcher m = pattern.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no " + what + " in page");
            }
            return m.group(1);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // submit: the final POST of every prepared draft, once

    static final class Submit {
        static void run(String base, String slug, Path drafts, int threads, int maxSeconds) throws Exception {
            List<String> lines = Files.readAllLines(drafts);
            String path = "/consultations/" + slug + "/community-safety-survey/check-answers";
            URI server = URI.create(base);
            AtomicInteger next = new AtomicInteger();
            AtomicLong acknowledged = new AtomicLong();
            AtomicLong lastAnswer = new AtomicLong();
            Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
            List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            long deadline = start + maxSeconds * 1_000_000_000L;
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    Http connection = new Http(server);
                    long[] lat = new long[1 << 14];
                    int n = 0;
                    int i;
                    while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < lines.size()) {
                        String[] f = lines.get(i).split("\t");
                        String cookie = "sv_csrf=" + f[0] + "; sv_draft=" + f[1];
                        String form = "csrfToken=" + f[2] + "&submissionKey=" + f[3];
                        long t0 = System.nanoTime();
                        String outcome;
                        try {
                            Http.Response response = connection.exchange("POST", path, cookie, form);
                            String location = response.first("location");
                            boolean responded = response.all("set-cookie").stream()
                                    .anyMatch(c -> c.startsWith("sv_responded="));
                            if (response.status() == 303 && location != null
                                    && (location.endsWith("/about-you") || location.contains("/complete"))) {
                                outcome = responded ? null : "303 without sv_responded (a repeat: nothing new stored)";
                            } else {
                                outcome = response.status() + " " + location;
                            }
                        } catch (IOException e) {
                            // never retried: a retry could be a second POST of the same draft
                            connection.close();
                            outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
                        }
                        long t1 = System.nanoTime();
                        lastAnswer.accumulateAndGet(t1, Math::max);
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = t1 - t0;
                        if (outcome == null) {
                            acknowledged.incrementAndGet();
                        } else {
                            errors.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    connection.close();
                    latencies.add(Arrays.copyOf(lat, n));
                    return null;
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(maxSeconds + 120L, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
            double seconds = (lastAnswer.get() - start) / 1e9;
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            int failed = errors.values().stream().mapToInt(AtomicInteger::get).sum();
            int used = Math.min(next.get(), lines.size());
            System.out.printf("submit drafts=%d posted=%d acknowledged=%d errors=%d seconds=%.1f throughput=%.1f"
                            + " p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f %s%n",
                    lines.size(), all.length, acknowledged.get(), failed, seconds, acknowledged.get() / seconds,
                    Raw.pct(all, 50), Raw.pct(all, 90), Raw.pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                    used == lines.size() ? "all-drafts-posted" : "stopped-at-max-seconds");
            errors.forEach((k, v) -> System.out.printf("submit error x%d: %s%n", v.get(), k));
        }
    }

    /** Page views at a fixed rate: see "pace" at the top. */
    static final class Pace {
        static void run(URI page, int connections, int rate, int seconds, Path drafts) throws Exception {
            List<String> cookies = new ArrayList<>();
            if (drafts != null) {
                for (String line : Files.readAllLines(drafts)) {
                    String[] fields = line.split("\t");
                    cookies.add("sv_csrf=" + fields[0] + "; sv_draft=" + fields[1]);
                }
            }
            URI server = URI.create(page.getScheme() + "://" + page.getHost() + ":" + page.getPort());
            String path = page.getRawPath();
            long intervalNanos = 1_000_000_000L * connections / rate;
            long start = System.nanoTime() + 100_000_000L;
            long end = start + seconds * 1_000_000_000L;
            List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(connections);
            for (int c = 0; c < connections; c++) {
                final int connection = c;
                pool.submit(() -> {
                    long[] lat = new long[(int) (seconds * (long) rate / connections) + 16];
                    int n = 0;
                    try (Http http = new Http(server)) {
                        // connection c's requests are due at start + c/rate, then every connections/rate seconds
                        for (long due = start + connection * (1_000_000_000L / rate); due < end; due += intervalNanos) {
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            }
                            String cookie = cookies.isEmpty() ? null : cookies.get((connection + n) % cookies.size());
                            try {
                                if (http.exchange("GET", path, cookie, null).status() != 200) {
                                    errors.incrementAndGet();
                                }
                            } catch (IOException e) {
                                errors.incrementAndGet();
                                http.close();
                            }
                            if (n < lat.length) {
                                lat[n++] = System.nanoTime() - due;
                            }
                        }
                    }
                    latencies.add(Arrays.copyOf(lat, n));
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf("page requests=%d seconds=%.1f throughput=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f"
                            + " max_ms=%.2f errors=%d target_rate=%d%n",
                    all.length, elapsed, all.length / elapsed, Raw.pct(all, 50), Raw.pct(all, 90), Raw.pct(all, 99),
                    all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get(), rate);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // A minimal HTTP/1.1 client: one keep-alive connection, one request at a time. java.net.http's client costs
    // several times more CPU per request, and on two shared cores the load generator's CPU is taken from the server.

    static final class Http implements Closeable {
        record Response(String method, String path, int status, List<String[]> headers, String body) {
            String first(String name) {
                return headers.stream().filter(h -> h[0].equals(name)).map(h -> h[1]).findFirst().orElse(null);
            }

            List<String> all(String name) {
                return headers.stream().filter(h -> h[0].equals(name)).map(h -> h[1]).toList();
            }
        }

        private final URI server;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Http(URI server) {
            this.server = server;
        }

        Response exchange(String method, String path, String cookie, String form) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                out = new BufferedOutputStream(socket.getOutputStream(), 1 << 14);
            }
            byte[] body = form == null ? null : form.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(512).append(method).append(' ').append(path)
                    .append(" HTTP/1.1\r\nHost: ").append(server.getHost()).append(':').append(server.getPort())
                    .append("\r\n");
            if (cookie != null) {
                head.append("Cookie: ").append(cookie).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
                        .append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            List<String[]> headers = new ArrayList<>();
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String line = line(); !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                String name = line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                headers.add(new String[]{name, value});
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream(length > 0 ? (int) length : 256);
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    content.write(in.readNBytes((int) size));
                    line();
                }
                while (!line().isEmpty()) {
                    continue; // trailers
                }
            } else if (length >= 0) {
                byte[] bytes = in.readNBytes((int) length);
                if (bytes.length != length) {
                    throw new EOFException("body cut short");
                }
                content.write(bytes);
            } else if (status != 204 && status != 304) {
                content.write(in.readAllBytes());
                close = true;
            }
            if (close) {
                close();
            }
            return new Response(method, path, status, headers, content.toString(StandardCharsets.UTF_8));
        }

        private long chunkSize() throws IOException {
            return Long.parseLong(line().split(";")[0].trim(), 16);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // rows: are the rows in the database exactly the acknowledged submissions?

    static final class Rows {
        static void run(String url, String user, String password, long acknowledged, String[] tupleFiles) throws Exception {
            Map<String, Integer> expectedByKey = new HashMap<>();
            for (String file : tupleFiles) {
                for (String line : Files.readAllLines(Path.of(file))) {
                    String[] f = line.split("\t");
                    expectedByKey.put(f[3], Integer.parseInt(f[4]));
                }
            }
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                long responses = single(s, "SELECT COUNT(*) FROM response WHERE reference NOT LIKE 'RW-%'");
                long answers = single(s, "SELECT COUNT(*) FROM response_answer a JOIN response r ON r.id = a.response_id"
                        + " WHERE r.reference NOT LIKE 'RW-%'");
                long withoutAnswers = single(s, "SELECT COUNT(*) FROM response r WHERE NOT EXISTS"
                        + " (SELECT 1 FROM response_answer a WHERE a.response_id = r.id)");
                long drafts = single(s, "SELECT COUNT(*) FROM response_draft");
                long expectedAnswers = 0;
                long unknownKeys = 0;
                long mismatched = 0;
                try (ResultSet rs = s.executeQuery("SELECT r.idempotency_key, COUNT(a.id) FROM response r"
                        + " LEFT JOIN response_answer a ON a.response_id = r.id WHERE r.reference NOT LIKE 'RW-%'"
                        + " GROUP BY r.idempotency_key")) {
                    while (rs.next()) {
                        Integer expected = expectedByKey.get(rs.getString(1));
                        if (expected == null) {
                            unknownKeys++;
                        } else {
                            expectedAnswers += expected;
                            if (expected != rs.getLong(2)) {
                                mismatched++;
                            }
                        }
                    }
                }
                boolean ok = responses == acknowledged && answers == expectedAnswers && withoutAnswers == 0
                        && unknownKeys == 0 && mismatched == 0;
                System.out.printf("rows response=%d acknowledged=%d response_answer=%d expected_answer_rows=%d"
                                + " responses_without_answers=%d responses_with_wrong_row_count=%d"
                                + " responses_not_from_harness=%d drafts_left=%d check=%s%n",
                        responses, acknowledged, answers, expectedAnswers, withoutAnswers, mismatched, unknownKeys,
                        drafts, ok ? "OK" : "MISMATCH");
            }
        }

        static long single(Statement s, String sql) throws SQLException {
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // raw: the ceiling, plain JDBC

    static final class Raw {
        record Template(long consultationId, long versionId, String channel, String status, String flags,
                        List<Object[]> answers) {
        }

        static final String INSERT_RESPONSE = "INSERT INTO response (reference, consultation_id,"
                + " questionnaire_version_id, channel, status, status_reason, idempotency_key, submitted_at,"
                + " integrity_flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        static final String INSERT_ANSWER = "INSERT INTO response_answer (response_id, question_id, item_id,"
                + " choice_id, rank_position, number_value, text_value, date_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        static final char[] ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY".toCharArray();

        /**
         * On MySQL/MariaDB the loop gets the Connector/J settings the product's datasource uses
         * (MysqlConnectionSettings): the answer rows' batch is sent as one multi-row INSERT, as ours is.
         */
        static String withDriverSettings(String url) {
            if (!url.startsWith("jdbc:mysql:") || url.contains("?")) {
                return url;
            }
            return url + "?rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true"
                    + "&useLocalSessionState=true&useLocalTransactionState=true&elideSetAutoCommits=true";
        }

        static void run(String jdbcUrl, String user, String password, int threads, int seconds) throws Exception {
            String url = withDriverSettings(jdbcUrl);
            List<Template> templates = templates(url, user, password);
            if (templates.isEmpty()) {
                throw new IllegalStateException("no stored responses to copy");
            }
            long rowsPerResponse = Math.round(templates.stream().mapToInt(t -> t.answers().size()).average().orElse(0));
            AtomicLong committed = new AtomicLong();
            Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
            List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            for (int t = 0; t < threads; t++) {
                final int thread = t;
                pool.submit(() -> {
                    SecureRandom random = new SecureRandom();
                    long[] lat = new long[1 << 16];
                    int n = 0;
                    try (Connection c = DriverManager.getConnection(url, user, password);
                         PreparedStatement response = c.prepareStatement(INSERT_RESPONSE, Statement.RETURN_GENERATED_KEYS);
                         PreparedStatement answer = c.prepareStatement(INSERT_ANSWER)) {
                        c.setAutoCommit(false);
                        int i = thread;
                        while (System.nanoTime() < end) {
                            Template template = templates.get(i++ % templates.size());
                            long t0 = System.nanoTime();
                            try {
                                insert(c, response, answer, template, random);
                                committed.incrementAndGet();
                                if (n == lat.length) {
                                    lat = Arrays.copyOf(lat, n * 2);
                                }
                                lat[n++] = System.nanoTime() - t0;
                            } catch (SQLException e) {
                                c.rollback();
                                errors.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(),
                                        k -> new AtomicInteger()).incrementAndGet();
                            }
                        }
                    } catch (SQLException e) {
                        errors.computeIfAbsent("connection: " + e.getMessage(), k -> new AtomicInteger()).incrementAndGet();
                    }
                    latencies.add(Arrays.copyOf(lat, n));
                    return null;
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            int failed = errors.values().stream().mapToInt(AtomicInteger::get).sum();
            long stored;
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                stored = Rows.single(s, "SELECT COUNT(*) FROM response WHERE reference LIKE 'RW-%'");
            }
            System.out.printf("raw threads=%d seconds=%.1f committed=%d rows_per_response=%d throughput=%.1f"
                            + " p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d stored=%d%n",
                    threads, elapsed, committed.get(), rowsPerResponse, committed.get() / elapsed,
                    pct(all, 50), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, failed, stored);
            errors.forEach((k, v) -> System.out.printf("raw error x%d: %s%n", v.get(), k));
        }

        static void insert(Connection c, PreparedStatement response, PreparedStatement answer, Template t,
                           SecureRandom random) throws SQLException {
            StringBuilder reference = new StringBuilder("RW-");
            for (int i = 0; i < 8; i++) {
                reference.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            response.setString(1, reference.toString());
            response.setLong(2, t.consultationId());
            response.setLong(3, t.versionId());
            response.setString(4, t.channel());
            response.setString(5, t.status());
            response.setNull(6, Types.VARCHAR);
            response.setString(7, UUID.randomUUID().toString());
            response.setTimestamp(8, Timestamp.from(Instant.now()));
            response.setString(9, t.flags());
            response.executeUpdate();
            long id;
            try (ResultSet keys = response.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            for (Object[] row : t.answers()) {
                answer.setLong(1, id);
                for (int col = 0; col < row.length; col++) {
                    answer.setObject(col + 2, row[col]);
                }
                answer.addBatch();
            }
            answer.executeBatch();
            c.commit();
        }

        static List<Template> templates(String url, String user, String password) throws SQLException {
            List<Template> templates = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(url, user, password);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, consultation_id, questionnaire_version_id, channel, status,"
                         + " integrity_flags FROM response WHERE reference NOT LIKE 'RW-%' ORDER BY id LIMIT 500");
                 PreparedStatement answers = c.prepareStatement("SELECT question_id, item_id, choice_id, rank_position,"
                         + " number_value, text_value, date_value FROM response_answer WHERE response_id = ? ORDER BY id")) {
                while (rs.next()) {
                    List<Object[]> rows = new ArrayList<>();
                    answers.setLong(1, rs.getLong(1));
                    try (ResultSet a = answers.executeQuery()) {
                        while (a.next()) {
                            rows.add(new Object[]{a.getString(1), a.getString(2), a.getString(3), a.getObject(4),
                                    a.getObject(5), a.getString(6), a.getDate(7)});
                        }
                    }
                    templates.add(new Template(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rows));
                }
            }
            return templates;
        }

        static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }
}
