package uk.gov.safervoices.admin.analysis.core;

/**
 * One category's weighted proportion in its base (respondents who answered, in the domain).
 *
 * @param category                 the answer category
 * @param respondents              unweighted respondents who gave it
 * @param weightedRespondents      their weighted total
 * @param proportion               weighted proportion of the base
 * @param standardError            linearised, treating the weights as fixed ({@code svymean} on
 *                                 {@code svydesign(ids = ~1, weights = ~w)})
 * @param calibratedStandardError  taking the raking into account ({@code svymean} after {@code rake()} or
 *                                 {@code calibrate()}); equal to {@code standardError} for a design that is not
 *                                 calibrated. The intervals and design effect use this one.
 * @param designEffect             variance over the variance of a simple random sample of the same size without
 *                                 replacement ({@code svymean(deff = TRUE)}), using the calibrated variance
 * @param designEffectFixedWeights the same with the fixed-weights variance
 * @param logit                    logit interval ({@code svyciprop(method = "logit")})
 * @param beta                     Korn-Graubard interval ({@code svyciprop(method = "beta")})
 */
public record Estimate(String category, long respondents, double weightedRespondents, double proportion,
                       double standardError, double calibratedStandardError, double designEffect,
                       double designEffectFixedWeights, Interval logit, Interval beta) {
}
