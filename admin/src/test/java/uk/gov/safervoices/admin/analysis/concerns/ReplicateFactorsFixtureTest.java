package uk.gov.safervoices.admin.analysis.concerns;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bootstrap's resampling factors, shared with R: {@code replicate-factors.csv.gz} lists the units and, per
 * replicate, the multiplicity the engine draws for each. Writing it is step 2 of the fixtures' README
 * ({@code -Dconcerns.exportFactors=true}); every run checks that the engine still draws exactly those factors, so the
 * R comparison of the bootstrap is of the same replicates.
 */
class ReplicateFactorsFixtureTest {

    static final String FILE = "replicate-factors.csv.gz";

    static long[][] engineDraws(UnitTable units) {
        return new ReplicateBootstrap(units, ConcernFixtures.margins(), ConcernFixtures.OPTIONS.raking())
                .multiplicities(ConcernFixtures.OPTIONS.seed(), ConcernFixtures.OPTIONS.replicates());
    }

    @Test
    void theFixtureHoldsTheUnitsAndFactorsTheEngineDraws() {
        UnitTable units = new UnitTable(ConcernFixtures.sample(), ConcernFixtures.OPTIONS.points());
        long[][] draws = engineDraws(units);
        List<Map<String, String>> rows = ConcernFixtures.csv(FILE);
        assertEquals(units.size(), rows.size(), "units");
        for (int u = 0; u < units.size(); u++) {
            Map<String, String> row = rows.get(u);
            assertEquals(units.cells.get(units.cellOf[u]),
                    ConcernFixtures.WEIGHTING.stream().map(row::get).toList(), "unit " + (u + 1));
            for (int position = 0; position < 3; position++) {
                int concern = units.concernAt[u][position];
                assertEquals(concern < 0 ? null : units.concerns.get(concern),
                        row.get(ConcernFixtures.RANK_COLUMNS.get(position)), "unit " + (u + 1));
            }
            assertEquals(units.count[u], Long.parseLong(row.get("respondents")));
            for (int b = 0; b < draws.length; b++) {
                assertEquals(draws[b][u], Long.parseLong(row.get("b" + (b + 1))), "unit " + (u + 1) + " replicate " + (b + 1));
            }
        }
    }
}
