package uk.gov.safervoices.admin.analysis.cli;

/** Phase times on stderr when the system property {@code safervoices.analyse.timing} is set (for benchmarking). */
final class Timing {

    private static final boolean ON = System.getProperty("safervoices.analyse.timing") != null;
    private static long last = System.nanoTime();

    private Timing() {
    }

    static void start() {
        last = System.nanoTime();
    }

    static void mark(String phase) {
        if (ON) {
            long now = System.nanoTime();
            System.err.printf("  %-28s %6.0f ms%n", phase, (now - last) / 1e6);
            last = now;
        }
    }
}
