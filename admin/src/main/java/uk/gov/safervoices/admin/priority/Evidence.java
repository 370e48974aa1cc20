package uk.gov.safervoices.admin.priority;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import uk.gov.safervoices.admin.analysis.ConcernResults;
import uk.gov.safervoices.admin.analysis.concerns.ConcernAnalysis;
import uk.gov.safervoices.admin.analysis.concerns.ConcernRank;
import uk.gov.safervoices.admin.analysis.concerns.ConcernScore;
import uk.gov.safervoices.admin.analysis.concerns.RankUncertainty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a decision was taken on, frozen when it was recorded: residents' concerns as ranked then (the figures are
 * copied, never recomputed), with how they were weighted and resampled, so the published figures never drift when
 * new responses arrive (issue 6).
 *
 * @param dataFingerprint the analysis inputs the figures came from (last response, equality answer, revision)
 * @param matrix          the plan year's priority matrix as it stood (criteria, weights, values, ranks); null when
 *                        the plan year had none, and in decisions recorded before matrices existed
 */
@Serdeable
public record Evidence(String consultation, String question, String scheme, long respondents, long rankers,
                       int replicates, long seed, String dataFingerprint, Instant computedAt,
                       List<ConcernEvidence> concerns, @Nullable MatrixEvidence matrix) {

    @Creator
    public Evidence {
        // JSON leaves an empty list out, so it reads back as null
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
    }

    public Evidence(String consultation, String question, String scheme, long respondents, long rankers,
                    int replicates, long seed, String dataFingerprint, Instant computedAt,
                    List<ConcernEvidence> concerns) {
        this(consultation, question, scheme, respondents, rankers, replicates, seed, dataFingerprint, computedAt,
                concerns, null);
    }

    public Evidence withMatrix(MatrixEvidence frozen) {
        return new Evidence(consultation, question, scheme, respondents, rankers, replicates, seed, dataFingerprint,
                computedAt, concerns, frozen);
    }

    /** The ranked concerns as they stand, copied: {@code result} must be weighted and have an order. */
    public static Evidence of(String consultation, String scheme, ConcernResults.ConcernResult result,
                              Instant computedAt) {
        ConcernAnalysis analysis = result.analysis();
        RankUncertainty order = analysis.byBorda().orElseThrow(() -> new IllegalArgumentException(
                "Nobody has ranked a concern: there is no evidence to record"));
        List<ConcernEvidence> concerns = new ArrayList<>();
        for (ConcernRank rank : order.ranks()) {
            ConcernScore score = analysis.score(rank.concern()).orElseThrow();
            concerns.add(new ConcernEvidence(rank.concern(), result.concerns().get(rank.concern()), rank.rank(),
                    score.bordaMean().value(), score.bordaMean().interval().lower(),
                    score.bordaMean().interval().upper(), score.mentionShare().value(),
                    score.mentionShare().interval().lower(), score.mentionShare().interval().upper(),
                    score.mentions(), rank.probabilityTopK(), rank.rankLower(), rank.rankUpper()));
        }
        return new Evidence(consultation, result.question().text(), scheme, analysis.respondents(),
                analysis.rankers(), analysis.bootstrap().used(), analysis.bootstrap().seed(), result.revision(),
                computedAt, concerns);
    }

    /** One concern as ranked then: average Borda points and the share naming it, with CIs, and its place. */
    @Serdeable
    public record ConcernEvidence(String code, String name, int rank, double bordaMean, double bordaLower,
                                  double bordaUpper, double mentionShare, double mentionLower, double mentionUpper,
                                  long mentions, double topK, int rankLower, int rankUpper) {
    }
}
