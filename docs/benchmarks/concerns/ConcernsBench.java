// Benchmark of ranked concerns with rank uncertainty (issue 6: "ranking with rank uncertainty (at least 500
// replicates) for 100,000 responses: under 5 s on this machine"). Single-file program (JDK 17), no JMH: a plain
// main that times each run with System.nanoTime. Run it with the admin classes and Commons Math on the class path
// (run.sh does), or the portal's shaded jar:
//
//   java -cp portal/target/portal-0.1.0-SNAPSHOT.jar docs/benchmarks/concerns/ConcernsBench.java [n] [replicates] [runs] [seed]
//
// What it does:
//   1. Untimed: makes n synthetic respondents as a file pass would read them (String fields: ward, age band, sex and
//      the concern at rank 1-3 or empty), from a skewed sample of a population of 150,000 (6 wards x 5 age bands x
//      2 sexes), each ranking up to 3 of 10 concerns (8% nothing, 11% one or two).
//   2. Timed, per run: "aggregate" groups the respondents into ranking units in one pass (each field coded through a
//      per-column dictionary, the six codes counted under one long key, as the analyse command's reader interns
//      cells; SQL's GROUP BY does this in the database); "analyse" is
//      ConcernRanking.analyse: rake the sample to the margins, score the 10 concerns with fixed and calibrated SEs,
//      and bootstrap the order with the given replicates, each re-raked. "total" is both.
//   3. Also times analyse with 2 replicates, to show what the bootstrap costs.
// The first run is a cold JVM (what a command-line analyse sees); the rest are warm. Prints one line per run and a
// summary (min / median / max), then the top concerns with their p_top3, rank intervals and adjacent probabilities.

import uk.gov.safervoices.admin.analysis.concerns.AdjacentComparison;
import uk.gov.safervoices.admin.analysis.concerns.ConcernAnalysis;
import uk.gov.safervoices.admin.analysis.concerns.ConcernOptions;
import uk.gov.safervoices.admin.analysis.concerns.ConcernRank;
import uk.gov.safervoices.admin.analysis.concerns.ConcernRanking;
import uk.gov.safervoices.admin.analysis.concerns.RankUncertainty;
import uk.gov.safervoices.admin.analysis.concerns.RankingSample;
import uk.gov.safervoices.admin.analysis.concerns.RankingUnit;
import uk.gov.safervoices.admin.analysis.core.Margin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

public class ConcernsBench {

    static final String[] WARDS = {"Abbey", "Brook", "Castle", "Dale", "Eastfield", "Fenwick"};
    static final String[] AGES = {"16-24", "25-34", "35-49", "50-64", "65+"};
    static final String[] SEXES = {"Female", "Male"};
    static final List<String> CONCERNS = List.of("drug_dealing", "asb", "burglary", "violent_crime", "knife_crime",
            "domestic_abuse", "vehicle_crime", "speeding", "hate_crime", "fly_tipping");
    static final double[] BASE = {1.0, 1.1, 0.55, 0.3, 0.1, 0.1, 0.5, 0.45, -2.6, 0.2};

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int replicates = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        System.out.printf(Locale.UK, "respondents=%d replicates=%d runs=%d seed=%d cores=%d maxHeapMB=%d%n", n, replicates,
                runs, seed, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        double[][] population = population();
        List<Margin> margins = margins(population);
        String[][] respondents = respondents(n, population, new SplittableRandom(seed));
        ConcernOptions options = ConcernOptions.defaults(3).withReplicates(replicates);

        long[] aggregate = new long[runs];
        long[] analyse = new long[runs];
        long[] scoresOnly = new long[runs];
        ConcernAnalysis result = null;
        int units = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            RankingSample sample = aggregate(respondents);
            long aggregated = System.nanoTime();
            result = ConcernRanking.analyse(sample, margins, options);
            long analysed = System.nanoTime();
            ConcernRanking.analyse(sample, margins, options.withReplicates(2));
            long scored = System.nanoTime();
            aggregate[run] = aggregated - start;
            analyse[run] = analysed - aggregated;
            scoresOnly[run] = scored - analysed;
            units = sample.units().size();
            System.out.printf(Locale.UK, "run %d%s: aggregate %.3f s, analyse (%d replicates) %.3f s, total %.3f s; "
                            + "analyse with 2 replicates %.3f s; units %d; replicates used %d%n", run + 1,
                    run == 0 ? " (cold JVM)" : "", seconds(aggregate[run]), replicates, seconds(analyse[run]),
                    seconds(aggregate[run] + analyse[run]), seconds(scoresOnly[run]), units, result.bootstrap().used());
        }
        long[] total = new long[runs];
        for (int run = 0; run < runs; run++) {
            total[run] = aggregate[run] + analyse[run];
        }
        summary("aggregate", aggregate);
        summary("analyse", analyse);
        summary("total", total);
        summary("analyse, 2 replicates", scoresOnly);
        report(result);
    }

    static void report(ConcernAnalysis result) {
        System.out.printf(Locale.UK, "rankers %d of %d; bootstrap: %s, seed %d, %d of %d replicates used%n",
                result.rankers(), result.respondents(), result.bootstrap().method(), result.bootstrap().seed(),
                result.bootstrap().used(), result.bootstrap().requested());
        RankUncertainty byBorda = result.byBorda().orElseThrow();
        for (ConcernRank rank : byBorda.ranks()) {
            System.out.printf(Locale.UK, "  %2d %-15s borda_mean %.4f  p_top3 %.3f  rank 95%% [%d, %d]%n", rank.rank(),
                    rank.concern(), rank.estimate(), rank.probabilityTopK(), rank.rankLower(), rank.rankUpper());
        }
        for (AdjacentComparison comparison : byBorda.adjacent()) {
            System.out.printf(Locale.UK, "  %s ahead of %s: %.3f%n", comparison.higher(), comparison.lower(),
                    comparison.probabilityAhead());
        }
    }

    /**
     * One pass, as a file reader would (ADR 0014): each field's text is looked up in that column's dictionary, the
     * six codes make one long key, and the keys are counted; then each distinct key becomes a unit.
     */
    static RankingSample aggregate(String[][] respondents) {
        List<Map<String, Integer>> codes = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (int field = 0; field < 6; field++) {
            codes.add(new HashMap<>());
            values.add(new ArrayList<>());
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (String[] row : respondents) {
            long key = 0;
            for (int field = 0; field < 6; field++) {
                Map<String, Integer> dictionary = codes.get(field);
                Integer code = dictionary.get(row[field] == null ? "" : row[field]);
                if (code == null) {
                    code = dictionary.size();
                    dictionary.put(row[field] == null ? "" : row[field], code);
                    values.get(field).add(row[field]);
                }
                key = (key << 10) | code; // up to 1,024 distinct values per field
            }
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
        }
        List<RankingUnit> units = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> {
            String[] fields = new String[6];
            for (int field = 5; field >= 0; field--) {
                fields[field] = values.get(field).get((int) ((key >> (10 * (5 - field))) & 1023));
            }
            units.add(new RankingUnit(Arrays.asList(fields).subList(0, 3), Arrays.asList(fields).subList(3, 6),
                    count[0]));
        });
        return new RankingSample(List.of("ward", "age_band", "sex"), CONCERNS, 3, units);
    }

    /** Population per ward x age x sex cell (index ward * 10 + age * 2 + sex). */
    static double[][] population() {
        double[] wardTotals = {30000, 24000, 35000, 20000, 27500, 13500};
        double[] ageShare = {0.14, 0.17, 0.25, 0.24, 0.20};
        double[][] population = new double[6][10];
        for (int w = 0; w < 6; w++) {
            double sum = 0;
            for (int a = 0; a < 5; a++) {
                for (int s = 0; s < 2; s++) {
                    double share = ageShare[a] * (s == 0 ? 0.51 + 0.01 * (a - 2) : 0.49 - 0.01 * (a - 2))
                            * (a >= 3 ? 1 + 0.1 * w : 1);
                    population[w][a * 2 + s] = share;
                    sum += share;
                }
            }
            for (int c = 0; c < 10; c++) {
                population[w][c] = Math.round(population[w][c] / sum * wardTotals[w]);
            }
        }
        return population;
    }

    static List<Margin> margins(double[][] population) {
        Map<String, Double> wards = new LinkedHashMap<>();
        Map<String, Double> ages = new LinkedHashMap<>();
        Map<String, Double> sexes = new LinkedHashMap<>();
        for (int w = 0; w < 6; w++) {
            for (int a = 0; a < 5; a++) {
                for (int s = 0; s < 2; s++) {
                    double people = population[w][a * 2 + s];
                    wards.merge(WARDS[w], people, Double::sum);
                    ages.merge(AGES[a], people, Double::sum);
                    sexes.merge(SEXES[s], people, Double::sum);
                }
            }
        }
        return List.of(Margin.of("ward", wards), Margin.of("age_band", ages), Margin.of("sex", sexes));
    }

    /** Skewed sample: the old and women answer more, Fenwick less; rankings drawn one position after another. */
    static String[][] respondents(int n, double[][] population, SplittableRandom random) {
        double[] cumulative = new double[60];
        double sum = 0;
        for (int c = 0; c < 60; c++) {
            int w = c / 10;
            int a = (c % 10) / 2;
            int s = c % 2;
            double propensity = new double[]{0.4, 0.6, 1, 1.5, 2.2}[a] * (s == 0 ? 1.4 : 1) * (w == 5 ? 0.25 : 1);
            sum += population[w][c % 10] * propensity;
            cumulative[c] = sum;
        }
        String[][] rows = new String[n][];
        double[] utility = new double[CONCERNS.size()];
        for (int i = 0; i < n; i++) {
            int c = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            c = c < 0 ? -c - 1 : c;
            int w = c / 10;
            int a = (c % 10) / 2;
            int s = c % 2;
            for (int j = 0; j < utility.length; j++) {
                utility[j] = Math.exp(BASE[j]);
            }
            utility[0] *= Math.exp(w == 2 ? 0.6 : 0);
            utility[4] *= Math.exp(a <= 1 ? 0.5 : 0);
            utility[2] *= Math.exp(0.25 * (a - 2));
            utility[7] *= Math.exp(0.3 * (a - 2));
            utility[5] *= Math.exp(s == 0 ? 0.5 : 0);
            String[] ranks = new String[3];
            for (int p = 0; p < 3; p++) {
                double total = 0;
                for (double u : utility) {
                    total += u;
                }
                double pick = random.nextDouble() * total;
                int j = 0;
                while (j < utility.length - 1 && (pick -= utility[j]) > 0) {
                    j++;
                }
                ranks[p] = CONCERNS.get(j);
                utility[j] = 0;
            }
            double u = random.nextDouble();
            if (u < 0.08) {
                ranks = new String[3];
            } else if (u < 0.14) {
                ranks[2] = null;
            } else if (u < 0.19) {
                ranks[1] = null;
                ranks[2] = null;
            }
            rows[i] = new String[]{WARDS[w], AGES[a], SEXES[s], ranks[0], ranks[1], ranks[2]};
        }
        return rows;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void summary(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.UK, "%-22s min %.3f s, median %.3f s, max %.3f s (cold run: %.3f s)%n", what,
                seconds(sorted[0]), seconds(sorted[sorted.length / 2]), seconds(sorted[sorted.length - 1]),
                seconds(nanos[0]));
    }
}
