package uk.gov.safervoices.portal.staff.analysis;

import uk.gov.safervoices.admin.analysis.ConcernResults;
import uk.gov.safervoices.admin.analysis.concerns.AdjacentComparison;
import uk.gov.safervoices.admin.analysis.concerns.ConcernAnalysis;
import uk.gov.safervoices.admin.analysis.concerns.ConcernRank;
import uk.gov.safervoices.admin.analysis.concerns.ConcernScore;
import uk.gov.safervoices.admin.analysis.concerns.RankUncertainty;
import uk.gov.safervoices.admin.analysis.concerns.ScoreEstimate;
import uk.gov.safervoices.portal.chart.DotPlot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ranked concerns page's figures, in words a partnership board reads: the order by average points with 95%
 * confidence intervals, how often each concern stays in the top places when the residents are resampled, and for
 * each place whether the concern is really ahead of the next one (ADR 0018: "how often", not "the chance that").
 */
final class ConcernsPage {
    /** How often a concern must stay ahead of the next, over the resamples, to be called a clear lead. */
    static final double CLEAR = 0.95;
    /** ... and to be called probably ahead; below it the two are too close to call. */
    static final double PROBABLE = 0.80;

    private ConcernsPage() {
    }

    static Map<String, Object> model(ConcernResults.ConcernResult result) {
        ConcernAnalysis analysis = result.analysis();
        Map<String, Object> model = new LinkedHashMap<>();
        int positions = result.question().rankCount();
        model.put("positions", positions);
        model.put("points", points(positions));
        model.put("rankers", Figures.whole(analysis.rankers()));
        model.put("respondents", Figures.whole(analysis.respondents()));
        model.put("rankersShare", Figures.percent(analysis.weightedRankers() / analysis.weighting().design().total()));
        model.put("belowMinimumBase", analysis.belowMinimumBase());
        model.put("replicates", analysis.bootstrap().used());
        model.put("seed", analysis.bootstrap().seed());
        model.put("untrimmed", result.untrimmed());
        model.putAll(coding(result.coding()));
        if (analysis.byBorda().isEmpty()) {
            model.put("nobodyRanked", true);
            return model;
        }
        RankUncertainty order = analysis.byBorda().get();
        model.put("topK", order.topK());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<DotPlot.Item> dots = new ArrayList<>();
        for (ConcernRank rank : order.ranks()) {
            ConcernScore score = analysis.score(rank.concern()).orElseThrow();
            String name = result.concerns().get(rank.concern());
            ScoreEstimate mean = score.bordaMean();
            ScoreEstimate mentions = score.mentionShare();
            dots.add(new DotPlot.Item(name, mean.value(), mean.interval().lower(), mean.interval().upper()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", rank.rank());
            row.put("concern", name);
            row.put("code", rank.concern());
            row.put("points", Figures.decimal(mean.value(), 2));
            row.put("pointsInterval", Figures.decimal(mean.interval().lower(), 2) + " to "
                    + Figures.decimal(mean.interval().upper(), 2));
            row.put("mentions", Figures.percent(mentions.value()));
            row.put("mentionsInterval", Figures.interval(mentions.interval().lower(), mentions.interval().upper()));
            row.put("mentionCount", Figures.whole(score.mentions()));
            row.put("topK", Figures.percent(rank.probabilityTopK()));
            row.put("likelyRank", rank.rankLower() == rank.rankUpper() ? ordinal(rank.rankLower())
                    : ordinal(rank.rankLower()) + " to " + ordinal(rank.rankUpper()));
            rows.add(row);
        }
        model.put("rows", rows);
        model.put("chart", new DotPlot("concerns-chart", "Residents' concerns, ranked by average points",
                "Average points per resident who ranked", DotPlot.Format.NUMBER, dots)
                .svg());
        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (AdjacentComparison pair : order.adjacent()) {
            comparisons.add(Map.of("text", comparison(pair, result.concerns(), analysis.bootstrap().used())));
        }
        model.put("comparisons", comparisons);
        return model;
    }

    /** What coding added: ranked "other" answers counted as their codes, and open answers' shares (ADR 0023). */
    static Map<String, Object> coding(ConcernResults.CodingCounted coding) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("codedOthers", Figures.whole(coding.codedOthers()));
        model.put("uncodedOthers", coding.uncodedOthers() == 0 ? null : Figures.whole(coding.uncodedOthers()));
        model.put("anyOthers", coding.codedOthers() + coding.uncodedOthers() > 0);
        List<Map<String, Object>> open = new ArrayList<>();
        for (ConcernResults.OpenAnswerShare share : coding.openAnswers()) {
            open.add(Map.of("concern", share.name(), "code", share.code(),
                    "share", Figures.percent(share.share().proportion()),
                    "interval", Figures.interval(share.share().logit().lower(), share.share().logit().upper()),
                    "respondents", Figures.whole(share.respondents())));
        }
        model.put("openAnswers", open);
        return model;
    }

    /** Concerns rated in grid questions: the weighted share seeing each as a big problem (issue 6). */
    static List<Map<String, Object>> rated(List<ConcernResults.ProblemShare> shares, int minimumBase) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConcernResults.ProblemShare share : shares) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("concern", share.name());
            row.put("code", share.concern());
            row.put("item", share.item());
            row.put("question", share.question());
            row.put("big", share.big());
            row.put("share", Figures.percent(share.share().proportion()));
            row.put("interval", Figures.interval(share.share().logit().lower(), share.share().logit().upper()));
            row.put("base", Figures.whole(share.base()));
            row.put("smallBase", share.base() < minimumBase);
            rows.add(row);
        }
        return rows;
    }

    /**
     * The concerns side by side by group (issue 6, for the equality duty): per group, the concerns in order of the
     * weighted share of its rankers naming them (coded "other" answers included, ADR 0023), with the group's base,
     * flagged when under the minimum base. Domain estimates on the overall ranking's weights, not a re-weighting per
     * group. Groups nobody ranked anything for are left out.
     */
    static Map<String, Object> groups(List<ConcernResults.GroupConcerns> groups, int minimumBase) {
        List<Map<String, Object>> columns = new ArrayList<>();
        int longest = 0;
        for (ConcernResults.GroupConcerns group : groups) {
            List<ConcernResults.GroupShare> shares = new ArrayList<>(group.shares());
            shares.sort((a, b) -> Double.compare(b.share().proportion(), a.share().proportion()));
            List<String> ordered = new ArrayList<>();
            for (ConcernResults.GroupShare share : shares) {
                ordered.add(share.name() + " " + Figures.percent(share.share().proportion()));
            }
            longest = Math.max(longest, ordered.size());
            columns.add(Map.of("label", group.label(), "base", Figures.whole(group.base()),
                    "small", group.base() < minimumBase, "concerns", ordered));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int position = 0; position < longest; position++) {
            List<String> cells = new ArrayList<>();
            for (Map<String, Object> column : columns) {
                @SuppressWarnings("unchecked")
                List<String> ordered = (List<String>) column.get("concerns");
                cells.add(position < ordered.size() ? ordered.get(position) : "");
            }
            rows.add(Map.of("position", ordinal(position + 1), "cells", cells));
        }
        return Map.of("columns", columns, "rows", rows,
                "anySmall", columns.stream().anyMatch(c -> Boolean.TRUE.equals(c.get("small"))));
    }

    /** "Drug dealing is ahead of anti-social behaviour in 97% of 500 resamples: a clear lead." */
    static String comparison(AdjacentComparison pair, Map<String, String> names, int resamples) {
        String verdict = pair.probabilityAhead() >= CLEAR ? "a clear lead"
                : pair.probabilityAhead() >= PROBABLE ? "probably ahead, but not certain" : "too close to call";
        return names.get(pair.higher()) + " is ahead of " + names.get(pair.lower()).toLowerCase(Locale.UK) + " in "
                + Figures.percent(pair.probabilityAhead()) + " of " + resamples + " resamples: " + verdict + ".";
    }

    /** "3 for a first choice, 2 for a second choice, 1 for a third choice". */
    static String points(int positions) {
        List<String> parts = new ArrayList<>();
        for (int p = 1; p <= positions; p++) {
            parts.add((positions - p + 1) + " for a " + (p <= WORDS.size() ? WORDS.get(p - 1) : ordinal(p))
                    + " choice");
        }
        return String.join(", ", parts);
    }

    private static final List<String> WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
