package uk.gov.safervoices.admin.analysis.concerns;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bootstrap's resampling factors, shared with R: {@code replicate-factors.csv.gz} lists the units and, per
 * replicate, the multiplicity the engine draws for each. Writing it is step 2 of the fixtures' README
 * ({@code -Dconcerns.exportFactors=true}); every run checks that the engine still draws exactly those factors, so the
 * R comparison of the bootstrap is of the same replicates.
 */
class ReplicateFactorsFixtureTest {

    static final String FILE = "replicate-factors.csv.gz";

    private static long[][] engineDraws(UnitTable units) {
        return new ReplicateBootstrap(units, ConcernFixtures.margins(), ConcernFixtures.OPTIONS.raking())
                .multiplicities(ConcernFixtures.OPTIONS.seed(), ConcernFixtures.OPTIONS.replicates());
    }

    @Test
    void exportFactorsWhenAsked() throws IOException {
        assumeTrue(Boolean.getBoolean("concerns.exportFactors"), "set -Dconcerns.exportFactors=true to rewrite " + FILE);
        UnitTable units = new UnitTable(ConcernFixtures.sample(), ConcernFixtures.OPTIONS.points());
        long[][] draws = engineDraws(units);
        Path file = Path.of("src/test/resources/analysis/concerns", FILE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
             Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder("unit,ward,age_band,sex,rank_1,rank_2,rank_3,respondents");
            for (int b = 0; b < draws.length; b++) {
                line.append(",b").append(b + 1);
            }
            writer.write(line.append('\n').toString());
            for (int u = 0; u < units.size(); u++) {
                line.setLength(0);
                line.append(u + 1);
                for (String category : units.cells.get(units.cellOf[u])) {
                    line.append(',').append(category == null ? "" : category);
                }
                for (int concern : units.concernAt[u]) {
                    line.append(',').append(concern < 0 ? "" : units.concerns.get(concern));
                }
                line.append(',').append(units.count[u]);
                for (long[] draw : draws) {
                    line.append(',').append(draw[u]);
                }
                writer.write(line.append('\n').toString());
            }
        }
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
