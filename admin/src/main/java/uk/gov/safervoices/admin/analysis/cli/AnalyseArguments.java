package uk.gov.safervoices.admin.analysis.cli;

import java.util.ArrayList;
import java.util.List;

/** The analyse command's arguments, parsed; {@link UsageException} for anything malformed. */
record AnalyseArguments(String responses, List<String> margins, List<String> by, double trimLow, double trimHigh,
                        double tolerance, int maxIterations, boolean dropMissing, String out, boolean help,
                        boolean countOnly, List<String> ranking, List<Double> points, long seed, int replicates) {

    static final String USAGE = """
            Usage: analyse --responses R.csv --margins M.csv [--margins M2.csv ...] [--by VAR ...]
                           [--trim LOW,HIGH] [--drop-missing] [--tolerance T] [--max-iterations K]
                           [--ranking COL1,COL2,COL3 [--points 3,2,1] [--seed S] [--replicates B]] --out DIR

            Weights survey responses to population margins (raking) and estimates every answer's proportion.
              --responses R.csv    header row with a respondent_id column; every other column a categorical
                                   answer; an empty field is a missing answer. UTF-8, RFC 4180 quoting.
              --margins M.csv      variable,category,population (one or several variables a file; repeatable).
                                   Each variable is a column of R.csv and is weighted to; other columns are
                                   analysed as questions.
              --by VAR             also break every question down by this column (repeatable); with tests of
                                   independence (Pearson, Rao-Scott). A --by column is not itself analysed.
              --trim LOW,HIGH      trim weights to [LOW x mean, HIGH x mean] (e.g. 0.3,3), then rake again,
                                   alternating until the weights are within the bounds and the margins are met
                                   (the margins stay exact; standard errors stay calibrated).
              --drop-missing       leave out respondents with a blank weighting answer (their weight is empty in
                                   weights.csv; they are counted in diagnostics.json). Default: refuse.
              --tolerance T        raking stops when every margin is within T x population total (default 1e-10)
              --max-iterations K   at most K raking sweeps (default 1000)
              --ranking C1,C2,...  the columns of a ranking question, first choice first (each value a concern);
                                   writes concerns.csv: per concern, weighted Borda points (total, mean and share,
                                   over respondents who ranked at least one), the share naming it with its
                                   raking-aware SE and logit 95% CI, ranks, and from B bootstrap replicates, each
                                   raked again, the share of replicates with it in the top 3 and a 95% interval
                                   for its rank by Borda mean (docs/adr/0018). Not with --trim.
              --points P1,P2,...   Borda points per rank position (default N..1 for N ranking columns)
              --seed S             the bootstrap's seed (default 1): the same seed gives the same figures
              --replicates B       bootstrap replicates (default 500)
              --out DIR            writes weights.csv, estimates.csv, tests.csv (with --by), concerns.csv (with
                                   --ranking), diagnostics.json.
                                   DIR must not exist or be empty; everything is written to a temporary folder
                                   beside it and moved into place only when complete, so DIR is never half written.
            Exit status: 0 done, 2 usage error, bad input or weighting impossible (message on stderr, nothing written).
            """;

    /** A malformed command line: print the message and the usage, exit 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static AnalyseArguments parse(String[] args) {
        String responses = null;
        String out = null;
        List<String> margins = new ArrayList<>();
        List<String> by = new ArrayList<>();
        double low = Double.NaN;
        double high = Double.NaN;
        double tolerance = 1e-10;
        int maxIterations = 1000;
        boolean dropMissing = false;
        boolean help = false;
        boolean countOnly = false;
        List<String> ranking = List.of();
        List<Double> points = List.of();
        long seed = 1;
        int replicates = 500;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = null;
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0) {
                value = option.substring(equals + 1);
                option = option.substring(0, equals);
            }
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--drop-missing" -> dropMissing = true;
                case "--count-only" -> countOnly = true;
                case "--responses", "--margins", "--by", "--trim", "--tolerance", "--max-iterations", "--out",
                     "--ranking", "--points", "--seed", "--replicates" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException(option + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (option) {
                        case "--responses" -> responses = once(responses, value, option);
                        case "--out" -> out = once(out, value, option);
                        case "--margins" -> margins.add(value);
                        case "--by" -> by.add(value);
                        case "--ranking" -> ranking = columns(value, option);
                        case "--points" -> points = points(value, option);
                        case "--seed" -> seed = (long) whole(value, option, Long.MIN_VALUE);
                        case "--replicates" -> replicates = (int) whole(value, option, 1);
                        case "--tolerance" -> tolerance = positive(value, option);
                        case "--max-iterations" -> maxIterations = (int) Math.min(Integer.MAX_VALUE,
                                Math.round(positive(value, option)));
                        default -> {
                            String[] bounds = value.split(",", -1);
                            if (bounds.length != 2) {
                                throw new UsageException("--trim needs LOW,HIGH, e.g. --trim 0.3,3; not " + value);
                            }
                            low = number(bounds[0], option);
                            high = number(bounds[1], option);
                            if (!(low >= 0 && low <= 1 && high >= 1)) {
                                throw new UsageException("--trim needs 0 <= LOW <= 1 <= HIGH (multiples of the mean weight); "
                                        + "not " + value);
                            }
                        }
                    }
                }
                default -> throw new UsageException("Unknown argument: " + args[i]);
            }
        }
        AnalyseArguments parsed = new AnalyseArguments(responses, List.copyOf(margins), List.copyOf(by), low, high,
                tolerance, maxIterations, dropMissing, out, help, countOnly, ranking, points, seed, replicates);
        if (!help) {
            if (responses == null) {
                throw new UsageException("--responses is required");
            }
            if (!countOnly && margins.isEmpty()) {
                throw new UsageException("at least one --margins file is required");
            }
            if (!countOnly && out == null) {
                throw new UsageException("--out is required");
            }
            if (ranking.isEmpty() && !points.isEmpty()) {
                throw new UsageException("--points needs --ranking");
            }
            if (!points.isEmpty() && points.size() != ranking.size()) {
                throw new UsageException("--points needs one number per --ranking column (" + ranking.size()
                        + "), not " + points.size());
            }
            if (!ranking.isEmpty() && !Double.isNaN(low)) {
                throw new UsageException("--ranking does not trim weights: leave out --trim, or run the ranking"
                        + " separately");
            }
        }
        return parsed;
    }

    private static List<String> columns(String value, String option) {
        List<String> columns = List.of(value.split(",", -1));
        if (columns.stream().anyMatch(String::isBlank) || columns.stream().distinct().count() != columns.size()) {
            throw new UsageException(option + " needs distinct column names separated by commas, not " + value);
        }
        return columns;
    }

    private static List<Double> points(String value, String option) {
        List<Double> points = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            double point = number(part, option);
            if (!(point >= 0) || Double.isInfinite(point)) {
                throw new UsageException(option + " needs numbers of at least 0, not " + value);
            }
            points.add(point);
        }
        return List.copyOf(points);
    }

    private static long whole(String value, String option, long least) {
        try {
            long number = Long.parseLong(value.trim());
            if (number < least || number > (least == 1 ? 100_000 : Long.MAX_VALUE)) {
                throw new UsageException(option + " must be a whole number from " + least
                        + (least == 1 ? " to 100000" : "") + ", not " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, not " + value);
        }
    }

    boolean trim() {
        return !Double.isNaN(trimLow);
    }

    private static String once(String existing, String value, String option) {
        if (existing != null) {
            throw new UsageException(option + " is given twice");
        }
        return value;
    }

    private static double positive(String value, String option) {
        double number = number(value, option);
        if (!(number > 0) || Double.isInfinite(number)) {
            throw new UsageException(option + " must be a positive number, not " + value);
        }
        return number;
    }

    private static double number(String value, String option) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, not \"" + value + "\"");
        }
    }
}
