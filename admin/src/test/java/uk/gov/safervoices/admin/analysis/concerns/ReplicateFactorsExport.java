package uk.gov.safervoices.admin.analysis.concerns;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes {@code replicate-factors.csv.gz}: the units and the multiplicities the bootstrap draws for each, for R to
 * re-rake the same replicates (step 2 of the fixtures' README; run from the repository root). Not a test:
 * {@link ReplicateFactorsFixtureTest} checks on every run that the engine still draws what the file holds.
 */
final class ReplicateFactorsExport {

    private ReplicateFactorsExport() {
    }

    public static void main(String[] args) throws IOException {
        UnitTable units = new UnitTable(ConcernFixtures.sample(), ConcernFixtures.OPTIONS.points());
        long[][] draws = ReplicateFactorsFixtureTest.engineDraws(units);
        Path file = Path.of("admin/src/test/resources/analysis/concerns", ReplicateFactorsFixtureTest.FILE);
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
}
