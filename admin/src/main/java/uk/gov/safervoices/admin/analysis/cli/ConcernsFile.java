package uk.gov.safervoices.admin.analysis.cli;

import uk.gov.safervoices.admin.analysis.concerns.ConcernAnalysis;
import uk.gov.safervoices.admin.analysis.concerns.ConcernOptions;
import uk.gov.safervoices.admin.analysis.concerns.ConcernRank;
import uk.gov.safervoices.admin.analysis.concerns.ConcernRanking;
import uk.gov.safervoices.admin.analysis.concerns.ConcernScore;
import uk.gov.safervoices.admin.analysis.concerns.RankingSample;
import uk.gov.safervoices.admin.analysis.concerns.RankingUnit;
import uk.gov.safervoices.admin.analysis.concerns.RankUncertainty;
import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code --ranking}: residents' concerns ranked from the columns of a ranking question (issue 6), by the concerns
 * engine (docs/adr/0018) on the same margins and raking options as the weights, written to {@code concerns.csv}. Its
 * own pass over the responses file, keeping one count per distinct weighting cell and ranking: O(units).
 */
final class ConcernsFile {
    static final String HEADER = "concern,borda_total,borda_mean,borda_share,mention_share,mention_se,"
            + "mention_ci_lower,mention_ci_upper,rank_borda,rank_mention,p_top3,rank_ci_lower,rank_ci_upper";

    private ConcernsFile() {
    }

    static ConcernAnalysis analyse(Path path, String name, List<Margin> margins, AnalyseArguments arguments,
                                   RakingOptions raking) {
        List<String> variables = margins.stream().map(Margin::variable).toList();
        Map<List<String>, Long> units = new HashMap<>();
        TreeSet<String> concerns = new TreeSet<>();
        try (CsvRecordReader reader = new CsvRecordReader(ResponsesFile.open(path, name), name)) {
            reader.next();
            List<String> header = new ArrayList<>();
            for (int i = 0; i < reader.fields(); i++) {
                header.add(reader.field(i));
            }
            int[] weighting = indexes(variables, header, name, "margin variable");
            int[] ranking = indexes(arguments.ranking(), header, name, "--ranking column");
            for (String column : arguments.ranking()) {
                if (variables.contains(column) || column.equals(ResponsesFile.ID)) {
                    throw new InputException(name + ": --ranking " + column + " is a weighting variable or the id");
                }
            }
            while (reader.next()) {
                String[] unit = new String[weighting.length + ranking.length];
                for (int v = 0; v < weighting.length; v++) {
                    unit[v] = reader.empty(weighting[v]) ? null : reader.field(weighting[v]);
                }
                for (int r = 0; r < ranking.length; r++) {
                    String concern = reader.empty(ranking[r]) ? null : reader.field(ranking[r]);
                    for (int earlier = 0; concern != null && earlier < r; earlier++) {
                        if (concern.equals(unit[weighting.length + earlier])) {
                            throw new InputException(name, reader.line(), arguments.ranking().get(r),
                                    "\"" + concern + "\" is ranked twice in this response");
                        }
                    }
                    unit[weighting.length + r] = concern;
                    if (concern != null) {
                        concerns.add(concern);
                    }
                }
                units.merge(Arrays.asList(unit), 1L, Long::sum);
            }
        } catch (IOException e) {
            throw ResponsesFile.unreadable(name, e);
        }
        List<RankingUnit> sample = new ArrayList<>();
        units.forEach((unit, count) -> sample.add(new RankingUnit(unit.subList(0, variables.size()),
                unit.subList(variables.size(), unit.size()), count)));
        int positions = arguments.ranking().size();
        ConcernOptions defaults = ConcernOptions.defaults(positions);
        ConcernOptions options = new ConcernOptions(arguments.points().isEmpty() ? defaults.points()
                : arguments.points(), 3, arguments.replicates(), arguments.seed(), defaults.estimation(), raking);
        return ConcernRanking.analyse(new RankingSample(variables, List.copyOf(concerns), positions, sample), margins,
                options);
    }

    private static int[] indexes(List<String> columns, List<String> header, String name, String what) {
        int[] indexes = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            indexes[i] = header.indexOf(columns.get(i));
            if (indexes[i] < 0) {
                throw new InputException(name + ": the " + what + " " + columns.get(i) + " is not a column (the"
                        + " columns: " + String.join(", ", header) + ")");
            }
        }
        return indexes;
    }

    /** One row per concern, in Borda order; rank uncertainty from the Borda ordering. */
    static void write(ConcernAnalysis analysis, Path file) throws IOException {
        Map<String, ConcernRank> ranks = new HashMap<>();
        analysis.byBorda().map(RankUncertainty::ranks).orElse(List.of()).forEach(r -> ranks.put(r.concern(), r));
        List<ConcernScore> scores = new ArrayList<>(analysis.scores());
        scores.sort((a, b) -> Integer.compare(a.rankByBorda(), b.rankByBorda()));
        try (CsvOutput out = new CsvOutput(file, HEADER.split(","))) {
            for (ConcernScore score : scores) {
                ConcernRank rank = ranks.get(score.concern());
                out.text(score.concern()).number(score.bordaTotal().value()).number(score.bordaMean().value())
                        .number(score.bordaShare().value()).number(score.mentionShare().value())
                        .number(score.mentionShare().calibratedStandardError())
                        .number(score.mentionShare().interval().lower())
                        .number(score.mentionShare().interval().upper())
                        .number((long) score.rankByBorda()).number((long) score.rankByMention());
                if (rank == null) {
                    out.text(null).text(null).text(null);
                } else {
                    out.number(rank.probabilityTopK()).number((long) rank.rankLower()).number((long) rank.rankUpper());
                }
                out.end();
            }
        }
    }
}
