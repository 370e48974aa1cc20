package uk.gov.safervoices.admin.analysis.concerns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Collects relative differences against R, keeps the worst per column to print, and fails on any beyond tolerance. */
final class Tolerances {

    static final double POINT = 1e-6;
    static final double SPREAD = 1e-4;

    private final Map<String, Double> worst = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int compared;

    void compare(String where, String column, double expected, double actual, double tolerance) {
        compared++;
        if (Double.isNaN(expected) && Double.isNaN(actual)) {
            return;
        }
        double difference = expected == actual ? 0
                : Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
        if (Double.isNaN(difference) || difference > tolerance) {
            failures.add(where + " " + column + ": R " + expected + ", engine " + actual);
        }
        if (!Double.isNaN(difference)) {
            worst.merge(column, difference, Math::max);
        }
    }

    void assertAll(String what) {
        System.out.println(what + ": " + compared + " values; worst relative differences " + worst);
        assertTrue(compared > 0, "nothing compared");
        assertTrue(failures.isEmpty(), failures.size() + " differences beyond tolerance, e.g. "
                + failures.subList(0, Math.min(10, failures.size())));
    }
}
