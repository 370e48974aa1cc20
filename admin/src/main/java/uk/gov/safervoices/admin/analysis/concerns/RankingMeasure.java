package uk.gov.safervoices.admin.analysis.concerns;

/** What concerns are ordered by. */
public enum RankingMeasure {
    /** Borda points per ranker (the same order as the Borda total and the share of points). */
    BORDA_MEAN,
    /** Share of rankers naming the concern anywhere in their ranking. */
    MENTION_SHARE
}
