// Summarises the CPU samples (jdk.ExecutionSample) of a JFR recording. Single-file program:
//
//   java docs/benchmarks/JfrTop.java <recording.jfr> [top=25]
//
// Prints, as shares of all samples of the server's threads:
//   1. "self": the method at the top of the stack (where the CPU actually is);
//   2. "inclusive, ours": the first uk.gov.safervoices frame from the top of the stack (which of our methods the
//      time is spent under, however deep in libraries);
//   3. "inclusive, by area": each sample put in one bucket by the first matching frame from the top (template
//      rendering, JDBC driver, H2 engine, JSON, crypto, Netty...), for a quick picture of where time goes.
//   4. "inclusive, any frame": methods that appear anywhere in the stack (counted once per sample).

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class JfrTop {
    /** Areas, tried from the top of the stack down; the first frame whose class starts with a prefix wins. */
    static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("com.github.jknack.handlebars", "Handlebars template rendering");
        AREAS.put("org.h2.", "H2 database engine");
        AREAS.put("com.mysql.", "MySQL Connector/J driver");
        AREAS.put("com.zaxxer.hikari", "HikariCP pool");
        AREAS.put("io.micronaut.data", "Micronaut Data (query/mapping)");
        AREAS.put("io.micronaut.transaction", "Micronaut transactions");
        AREAS.put("io.micronaut.serde", "JSON (micronaut-serde)");
        AREAS.put("com.fasterxml.jackson", "JSON/YAML (Jackson)");
        AREAS.put("javax.crypto", "crypto (HMAC)");
        AREAS.put("com.sun.crypto", "crypto (HMAC)");
        AREAS.put("sun.security", "crypto (SHA/SecureRandom)");
        AREAS.put("java.security", "crypto (SHA/SecureRandom)");
        AREAS.put("uk.gov.safervoices.definitions", "questionnaire engine (checker/visibility)");
        AREAS.put("io.micronaut.views", "Micronaut views");
        AREAS.put("io.micronaut.http.server.netty", "Micronaut HTTP server");
        AREAS.put("io.micronaut.http", "Micronaut HTTP");
        AREAS.put("io.micronaut.security", "Micronaut security");
        AREAS.put("io.netty", "Netty I/O");
        AREAS.put("io.micronaut", "Micronaut (other)");
        AREAS.put("uk.gov.safervoices", "our code (self)");
        AREAS.put("java.util.regex", "JDK regex");
        AREAS.put("java.", "JDK (other)");
        AREAS.put("jdk.", "JDK (other)");
        AREAS.put("sun.", "JDK (other)");
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();
        Map<String, Integer> anywhere = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int total = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                total++;
                String thread = event.getThread("sampledThread") == null ? "?"
                        : event.getThread("sampledThread").getJavaName();
                threads.merge(thread == null ? "?" : thread.replaceAll("-?\\d+$", "-N").replaceAll("-\\d+-", "-N-"), 1, Integer::sum);
                List<RecordedFrame> frames = stack.getFrames();
                self.merge(name(frames.get(0)), 1, Integer::sum);
                String ourFrame = null;
                String area = null;
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String n = name(frame);
                    String type = frame.getMethod() == null ? "" : frame.getMethod().getType().getName();
                    if (ourFrame == null && type.startsWith("uk.gov.safervoices") && !type.contains("$$")) {
                        ourFrame = n;
                    }
                    if (area == null) {
                        for (Map.Entry<String, String> a : AREAS.entrySet()) {
                            if (type.startsWith(a.getKey())) {
                                area = a.getValue();
                                break;
                            }
                        }
                    }
                    if (seen.add(n)) {
                        anywhere.merge(n, 1, Integer::sum);
                    }
                }
                ours.merge(ourFrame == null ? "(no uk.gov.safervoices frame: Netty/Micronaut/JIT/GC-side)" : ourFrame, 1, Integer::sum);
                areas.merge(area == null ? "(other)" : area, 1, Integer::sum);
            }
        }
        System.out.printf("%d CPU samples (jdk.ExecutionSample)%n", total);
        print("threads", threads, total, top);
        print("self (top frame)", self, total, top);
        print("inclusive, by area (first matching frame from the top)", areas, total, top);
        print("inclusive, ours (first uk.gov.safervoices frame from the top)", ours, total, top);
        print("inclusive, any frame", anywhere, total, top * 2);
    }

    static String name(RecordedFrame frame) {
        RecordedMethod m = frame.getMethod();
        if (m == null) {
            return "?";
        }
        String type = m.getType().getName();
        return type.substring(type.lastIndexOf('.', type.lastIndexOf('.') - 1) + 1) + "." + m.getName();
    }

    static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println();
        System.out.println("== " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("%6.1f%%  %6d  %s%n", 100.0 * e.getValue() / total, e.getValue(), e.getKey()));
    }
}
