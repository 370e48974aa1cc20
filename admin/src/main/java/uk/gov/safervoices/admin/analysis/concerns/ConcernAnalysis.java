package uk.gov.safervoices.admin.analysis.concerns;

import uk.gov.safervoices.admin.analysis.core.RakingResult;

import java.util.List;
import java.util.Optional;

/**
 * Ranked concerns: the scores of every concern and the uncertainty of their order.
 *
 * @param weighting          the raking of the whole sample (converged; its design is what the scores read)
 * @param respondents        respondents in the weighted design (ranking or not): the n of the standard errors
 * @param rankers            of them, respondents who ranked at least one concern: the base of means and shares
 * @param weightedRankers    their weighted total
 * @param belowMinimumBase   fewer rankers than the minimum base: flag it, and suppress it in anything published
 * @param degreesOfFreedom   of the t and logit intervals: respondents - 1
 * @param scores             one per concern, in catalogue order
 * @param byBorda            the order by Borda mean with its uncertainty; empty when nobody ranked anything
 * @param byMention          the order by mention share with its uncertainty; empty when nobody ranked anything
 * @param bootstrap          how the bootstrap went
 */
public record ConcernAnalysis(RakingResult weighting, long respondents, long rankers, double weightedRankers,
                              boolean belowMinimumBase, double degreesOfFreedom, List<ConcernScore> scores,
                              Optional<RankUncertainty> byBorda, Optional<RankUncertainty> byMention,
                              BootstrapSummary bootstrap) {

    public ConcernAnalysis {
        scores = List.copyOf(scores);
    }

    public Optional<ConcernScore> score(String concern) {
        return scores.stream().filter(score -> score.concern().equals(concern)).findFirst();
    }
}
