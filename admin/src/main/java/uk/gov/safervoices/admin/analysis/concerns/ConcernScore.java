package uk.gov.safervoices.admin.analysis.concerns;

/**
 * A concern's scores from the ranking question. Bases: "rankers" are the respondents who ranked at least one
 * concern; respondents who ranked nothing stay in the design (domain estimation, as R with {@code na.rm = TRUE}).
 *
 * @param concern      the concern code
 * @param mentions     unweighted respondents who named it at any position
 * @param firstChoices unweighted respondents who ranked it first
 * @param bordaTotal   weighted Borda points in the population (R: {@code svytotal}); t interval, df = n - 1
 * @param bordaMean    Borda points per ranker (R: {@code svymean(na.rm = TRUE)} with points NA for non-rankers);
 *                     t interval on n - 1 degrees of freedom, as {@code confint(..., df = degf(design))}
 * @param bordaShare   its share of all points given (R: {@code svyratio}); logit interval, as {@code svyciprop}
 * @param mentionShare share of rankers naming it anywhere in their top N (R: {@code svymean}, {@code svyciprop(method
 *                     = "logit")})
 * @param rankByBorda  its rank by Borda mean (1 + concerns with a strictly higher mean: tied concerns share the
 *                     better rank)
 * @param rankByMention its rank by mention share, likewise
 */
public record ConcernScore(String concern, long mentions, long firstChoices, ScoreEstimate bordaTotal,
                           ScoreEstimate bordaMean, ScoreEstimate bordaShare, ScoreEstimate mentionShare,
                           int rankByBorda, int rankByMention) {
}
