/**
 * The statistics engine: raking to population margins, trimming, weighted proportions with linearised and
 * calibrated standard errors, confidence intervals, breakdowns with the Rao-Scott test, and trends.
 *
 * <p>Pure code over immutable values: it imports only {@code java.*} and Commons Math (guarded by a test).
 * Everything works on aggregated cells, never on individual responses: a {@link
 * uk.gov.safervoices.admin.analysis.core.WeightingCell} is one combination of weighting-variable categories with its
 * respondent count, an {@link uk.gov.safervoices.admin.analysis.core.AnswerCell} adds an answer (and optionally a
 * breakdown group). Cost is therefore O(cells), whatever the number of responses.
 *
 * <p>Results are checked against R's {@code survey} package (see {@code src/test/resources/analysis/README.md}).
 */
package uk.gov.safervoices.admin.analysis.core;
