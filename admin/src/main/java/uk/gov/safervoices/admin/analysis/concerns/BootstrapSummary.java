package uk.gov.safervoices.admin.analysis.concerns;

import java.util.List;

/**
 * How the bootstrap went.
 *
 * @param method     a sentence naming the method, for reports
 * @param seed       the seed: the same seed and data give the same replicates
 * @param requested  replicates drawn
 * @param used       replicates that could be re-raked to the margins and had at least one ranker: every
 *                   probability and rank interval is over these
 * @param failures   why the others could not be used (one line each, at most ten)
 */
public record BootstrapSummary(String method, long seed, int requested, int used, List<String> failures) {

    public BootstrapSummary {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return requested - used;
    }
}
