package uk.gov.safervoices.admin.analysis.concerns;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bootstrap against R re-raking the same replicates (the factors in replicate-factors.csv.gz, which
 * {@link ReplicateFactorsFixtureTest} checks are the engine's own draws): the replicate measures themselves (first
 * 20 replicates, 1e-6), then p_top3, rank intervals and adjacent probabilities (1e-4; they are multiples of 1/500,
 * so in practice equal).
 */
class RankUncertaintyAgainstRTest {

    @Test
    void replicateMeasuresAgreeWithR() {
        UnitTable units = new UnitTable(ConcernFixtures.sample(), ConcernFixtures.OPTIONS.points());
        ReplicateBootstrap.Replicates replicates = new ReplicateBootstrap(units, ConcernFixtures.margins(),
                ConcernFixtures.OPTIONS.raking()).run(ConcernFixtures.OPTIONS.seed(), 20);
        assertEquals(20, replicates.measures().size(), "every replicate usable: " + replicates.failures());
        Tolerances tolerances = new Tolerances();
        for (Map<String, String> row : ConcernFixtures.csv("r-replicates.csv")) {
            int b = Integer.parseInt(row.get("replicate")) - 1;
            int measure = row.get("measure").equals("borda_mean") ? 0 : 1;
            int concern = ConcernFixtures.CONCERNS.indexOf(row.get("concern"));
            tolerances.compare("replicate " + (b + 1) + " " + row.get("concern"), row.get("measure"),
                    ConcernFixtures.number(row, "value"), replicates.measures().get(b)[measure][concern],
                    Tolerances.POINT);
        }
        tolerances.assertAll("replicate measures");
    }

    @Test
    void rankUncertaintyAgreesWithR() {
        ConcernAnalysis analysis = ConcernFixtures.analysis();
        assertEquals(500, analysis.bootstrap().used(), "every replicate usable: " + analysis.bootstrap().failures());
        Tolerances tolerances = new Tolerances();
        List<Map<String, String>> rows = ConcernFixtures.csv("r-rank-uncertainty.csv");
        for (String measure : List.of("borda_mean", "mention_share")) {
            RankUncertainty uncertainty = uncertainty(analysis, measure);
            List<Map<String, String>> expected = rows.stream().filter(row -> row.get("measure").equals(measure)).toList();
            assertEquals(expected.size(), uncertainty.ranks().size());
            for (int position = 0; position < expected.size(); position++) {
                Map<String, String> row = expected.get(position);
                ConcernRank rank = uncertainty.ranks().get(position);
                String where = measure + " #" + (position + 1);
                assertEquals(row.get("concern"), rank.concern(), where);
                assertEquals(Integer.parseInt(row.get("rank")), rank.rank(), where);
                tolerances.compare(where, "estimate", ConcernFixtures.number(row, "estimate"), rank.estimate(),
                        Tolerances.POINT);
                tolerances.compare(where, "p_top3", ConcernFixtures.number(row, "p_top3"), rank.probabilityTopK(),
                        Tolerances.SPREAD);
                tolerances.compare(where, "rank_lower", ConcernFixtures.number(row, "rank_lower"), rank.rankLower(),
                        Tolerances.SPREAD);
                tolerances.compare(where, "rank_upper", ConcernFixtures.number(row, "rank_upper"), rank.rankUpper(),
                        Tolerances.SPREAD);
            }
        }
        tolerances.assertAll("rank uncertainty");
    }

    @Test
    void adjacentComparisonsAgreeWithR() {
        ConcernAnalysis analysis = ConcernFixtures.analysis();
        Tolerances tolerances = new Tolerances();
        List<Map<String, String>> rows = ConcernFixtures.csv("r-adjacent.csv");
        for (String measure : List.of("borda_mean", "mention_share")) {
            List<AdjacentComparison> adjacent = uncertainty(analysis, measure).adjacent();
            List<Map<String, String>> expected = rows.stream().filter(row -> row.get("measure").equals(measure)).toList();
            assertEquals(expected.size(), adjacent.size());
            for (int i = 0; i < expected.size(); i++) {
                Map<String, String> row = expected.get(i);
                AdjacentComparison comparison = adjacent.get(i);
                String where = measure + " " + row.get("higher") + " > " + row.get("lower");
                assertEquals(row.get("higher"), comparison.higher(), where);
                assertEquals(row.get("lower"), comparison.lower(), where);
                tolerances.compare(where, "difference", ConcernFixtures.number(row, "difference"),
                        comparison.difference(), Tolerances.POINT);
                tolerances.compare(where, "p_ahead", ConcernFixtures.number(row, "p_ahead"),
                        comparison.probabilityAhead(), Tolerances.SPREAD);
                tolerances.compare(where, "p_tied", ConcernFixtures.number(row, "p_tied"),
                        comparison.probabilityTied(), Tolerances.SPREAD);
            }
        }
        tolerances.assertAll("adjacent comparisons");
    }

    private static RankUncertainty uncertainty(ConcernAnalysis analysis, String measure) {
        return (measure.equals("borda_mean") ? analysis.byBorda() : analysis.byMention()).orElseThrow();
    }
}
