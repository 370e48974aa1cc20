package uk.gov.safervoices.admin.analysis.core;

/**
 * How uneven the weights are.
 *
 * @param respondents            respondents in the design
 * @param total                  sum of weights (the population represented)
 * @param min                    smallest weight
 * @param max                    largest weight
 * @param mean                   mean weight, total / respondents
 * @param coefficientOfVariation standard deviation of the respondents' weights (dividing by n) over their mean
 * @param effectiveSampleSize    Kish: (sum w)^2 / sum w^2
 * @param designEffect           Kish: respondents / effective sample size = 1 + CV^2, the variance inflation from
 *                               unequal weights alone
 */
public record WeightDiagnostics(long respondents, double total, double min, double max, double mean,
                                double coefficientOfVariation, double effectiveSampleSize, double designEffect) {

    public static WeightDiagnostics of(WeightedDesign design) {
        long n = 0;
        double total = 0;
        double squares = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < design.size(); c++) {
            long count = design.respondents(c);
            if (count == 0) {
                continue;
            }
            double w = design.weight(c);
            n += count;
            total += count * w;
            squares += count * w * w;
            min = Math.min(min, w);
            max = Math.max(max, w);
        }
        double mean = total / n;
        double spread = 0;
        for (int c = 0; c < design.size(); c++) {
            double deviation = design.weight(c) - mean;
            spread += design.respondents(c) * deviation * deviation;
        }
        double effective = total * total / squares;
        return new WeightDiagnostics(n, total, min, max, mean, Math.sqrt(spread / n) / mean, effective, n / effective);
    }
}
