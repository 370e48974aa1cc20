package uk.gov.safervoices.admin.analysis.concerns;

import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.Raking;
import uk.gov.safervoices.admin.analysis.core.RakingResult;
import uk.gov.safervoices.admin.analysis.core.WeightedDesign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ranked concerns from one ranking question: rakes the sample to the margins (the core's {@link Raking}, whose
 * {@link uk.gov.safervoices.admin.analysis.core.WeightingException} says what cannot be met), scores every concern
 * with standard errors and intervals, and bootstraps the order (ADR 0018).
 *
 * <p>Cost: O(units x concerns^2) for the scores, O(replicates x (units x positions + raking)) for the bootstrap.
 */
public final class ConcernRanking {

    private ConcernRanking() {
    }

    public static ConcernAnalysis analyse(RankingSample sample, List<Margin> margins, ConcernOptions options) {
        if (options.points().size() != sample.positions()) {
            throw new IllegalArgumentException("The question has " + sample.positions() + " rank positions but "
                    + options.points().size() + " points were given: " + options.points());
        }
        UnitTable units = new UnitTable(sample, options.points());
        // The units' canonical order, not the caller's, so that every figure is the same whatever order they came in.
        RakingResult weighting = Raking.rake(units.weightingCells(units.respondentsPerCell(units.count)), margins,
                options.raking()).requireConverged();
        WeightedDesign design = weighting.design();
        ScoreEstimation estimation = new ScoreEstimation(design, units);
        double degreesOfFreedom = estimation.respondents - 1.0;
        ScoreIntervals intervals = new ScoreIntervals(degreesOfFreedom, options.estimation().confidenceLevel());

        int k = sample.concerns().size();
        double[] bordaMean = estimation.value[ScoreEstimation.MEAN];
        double[] mentionShare = estimation.value[ScoreEstimation.MENTION];
        List<ConcernScore> scores = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            scores.add(new ConcernScore(sample.concerns().get(j), estimation.mentions[j], estimation.firstChoices[j],
                    estimate(estimation, ScoreEstimation.TOTAL, j, intervals),
                    estimate(estimation, ScoreEstimation.MEAN, j, intervals),
                    estimate(estimation, ScoreEstimation.SHARE, j, intervals),
                    estimate(estimation, ScoreEstimation.MENTION, j, intervals),
                    RankSummaries.bestRank(bordaMean, j), RankSummaries.bestRank(mentionShare, j)));
        }

        ReplicateBootstrap bootstrap = new ReplicateBootstrap(units, weighting.targets(), options.raking());
        Optional<RankUncertainty> byBorda = Optional.empty();
        Optional<RankUncertainty> byMention = Optional.empty();
        BootstrapSummary summary;
        if (estimation.rankers == 0) {
            summary = new BootstrapSummary(ReplicateBootstrap.METHOD, options.seed(), 0, 0,
                    List.of("Nobody ranked a concern, so there is no order to bootstrap."));
        } else {
            ReplicateBootstrap.Replicates replicates = bootstrap.run(options.seed(), options.replicates());
            double level = options.estimation().confidenceLevel();
            byBorda = Optional.of(RankSummaries.summarise(RankingMeasure.BORDA_MEAN, sample.concerns(), bordaMean,
                    replicates.measures().stream().map(measures -> measures[0]).toList(), options.topK(), level));
            byMention = Optional.of(RankSummaries.summarise(RankingMeasure.MENTION_SHARE, sample.concerns(),
                    mentionShare, replicates.measures().stream().map(measures -> measures[1]).toList(),
                    options.topK(), level));
            summary = new BootstrapSummary(ReplicateBootstrap.METHOD, options.seed(), replicates.requested(),
                    replicates.measures().size(), replicates.failures());
        }
        return new ConcernAnalysis(weighting, estimation.respondents, estimation.rankers, estimation.weightedRankers,
                estimation.rankers < options.estimation().minimumBase(), degreesOfFreedom, scores, byBorda, byMention,
                summary);
    }

    private static ScoreEstimate estimate(ScoreEstimation estimation, int statistic, int j, ScoreIntervals intervals) {
        double value = estimation.value[statistic][j];
        double fixed = Math.sqrt(estimation.fixedVariance[statistic][j]);
        double calibrated = Math.sqrt(estimation.calibratedVariance[statistic][j]);
        boolean share = statistic == ScoreEstimation.SHARE || statistic == ScoreEstimation.MENTION;
        return new ScoreEstimate(value, fixed, calibrated,
                share ? intervals.logit(value, calibrated) : intervals.symmetric(value, calibrated));
    }
}
