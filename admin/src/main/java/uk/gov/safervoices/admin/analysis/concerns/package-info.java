/**
 * Ranked concerns: scores from a ranking question (weighted Borda points and mention shares, with linearised and
 * calibrated standard errors and confidence intervals) and the uncertainty of the resulting order (probability of
 * being in the top k, intervals for ranks, how sure we are that each concern is ahead of the next) from a bootstrap
 * of respondents that re-rakes every replicate. See {@code docs/adr/0018-ranked-concerns-bootstrap.md}.
 *
 * <p>Pure code over immutable records, like the analysis core it builds on: it imports only {@code java.*}, Commons
 * Math and {@code uk.gov.safervoices.admin.analysis.core} (guarded by a test). Input is aggregated: one {@link
 * uk.gov.safervoices.admin.analysis.concerns.RankingUnit} per weighting cell x ranking given, so the cost is
 * O(units), whatever the number of respondents. Checked against R's {@code survey} package (see {@code
 * src/test/resources/analysis/concerns/README.md}).
 */
package uk.gov.safervoices.admin.analysis.concerns;
