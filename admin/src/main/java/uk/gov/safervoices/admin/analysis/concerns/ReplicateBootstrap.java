package uk.gov.safervoices.admin.analysis.concerns;

import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.Raking;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.analysis.core.RakingResult;
import uk.gov.safervoices.admin.analysis.core.WeightingException;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Poisson bootstrap of respondents that re-rakes every replicate (ADR 0018). Replicate b takes its own generator,
 * the b-th {@link SplittableRandom#split()} of {@code new SplittableRandom(seed)}, and gives every unit of c
 * identical respondents a multiplicity drawn from Poisson(c): the sum of c independent Poisson(1) counts, one per
 * respondent, so one replicate costs O(units), not O(respondents). The resampled respondents are raked afresh to the
 * margins, from equal starting weights, and both ranking measures are recomputed.
 */
final class ReplicateBootstrap {

    static final String METHOD = "Poisson bootstrap of respondents, each replicate re-raked to the margins";
    private static final int FAILURES_LISTED = 10;

    private final UnitTable units;
    private final List<Margin> margins;
    private final RakingOptions raking;

    ReplicateBootstrap(UnitTable units, List<Margin> margins, RakingOptions raking) {
        this.units = units;
        this.margins = List.copyOf(margins);
        this.raking = raking;
    }

    /** The replicates' measures ([replicate][measure][concern]) for those that could be used, and the failures. */
    record Replicates(List<double[][]> measures, int requested, List<String> failures) {
    }

    Replicates run(long seed, int replicates) {
        SplittableRandom root = new SplittableRandom(seed);
        List<double[][]> measures = new ArrayList<>(replicates);
        List<String> failures = new ArrayList<>();
        for (int b = 0; b < replicates; b++) {
            long[] multiplicity = multiplicities(root.split());
            String failure = null;
            try {
                RakingResult result = Raking.rake(units.weightingCells(units.respondentsPerCell(multiplicity)),
                        margins, raking);
                if (!result.converged()) {
                    failure = result.problem().orElseThrow().message();
                } else {
                    double[][] replicate = units.measures(units.weightPerCell(result.design()), multiplicity);
                    if (Double.isNaN(replicate[0][0])) {
                        failure = "Nobody in the replicate ranked a concern.";
                    } else {
                        measures.add(replicate);
                    }
                }
            } catch (WeightingException e) {
                failure = e.problems().get(0).message();
            }
            if (failure != null && failures.size() < FAILURES_LISTED) {
                failures.add("Replicate " + (b + 1) + ": " + failure);
            }
        }
        return new Replicates(measures, replicates, failures);
    }

    /** Every unit's multiplicity in one replicate. */
    long[] multiplicities(SplittableRandom random) {
        long[] multiplicity = new long[units.size()];
        for (int u = 0; u < multiplicity.length; u++) {
            multiplicity[u] = PoissonSampler.draw(random, units.count[u]);
        }
        return multiplicity;
    }

    /** The multiplicities of the first {@code replicates} replicates (for checking the bootstrap against R). */
    long[][] multiplicities(long seed, int replicates) {
        SplittableRandom root = new SplittableRandom(seed);
        long[][] all = new long[replicates][];
        for (int b = 0; b < replicates; b++) {
            all[b] = multiplicities(root.split());
        }
        return all;
    }
}
