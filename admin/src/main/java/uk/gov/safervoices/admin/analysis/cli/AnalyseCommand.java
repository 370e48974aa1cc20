package uk.gov.safervoices.admin.analysis.cli;

import uk.gov.safervoices.admin.analysis.core.Margin;
import uk.gov.safervoices.admin.analysis.core.WeightingException;
import uk.gov.safervoices.admin.analysis.core.WeightingProblem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code analyse}: weights a responses file to population margins and writes weights, estimates, tests and
 * diagnostics (see {@link AnalyseArguments#USAGE}). Runs without any application context, so it starts fast. The
 * responses are read once, aggregated into cells; everything after that is O(cells).
 */
public final class AnalyseCommand {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private AnalyseCommand() {
    }

    /** Runs the command; returns the exit status. Messages go to {@code err}, the summary line to {@code out}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        AnalyseArguments arguments;
        try {
            arguments = AnalyseArguments.parse(args);
        } catch (AnalyseArguments.UsageException e) {
            err.println("analyse: " + e.getMessage());
            err.println();
            err.print(AnalyseArguments.USAGE);
            return BAD_INPUT;
        }
        if (arguments.help()) {
            out.print(AnalyseArguments.USAGE);
            return DONE;
        }
        try {
            if (arguments.countOnly()) {
                long rows = ResponsesFile.countRecords(Path.of(arguments.responses()), arguments.responses());
                out.println(arguments.responses() + ": " + rows + " rows");
                return DONE;
            }
            out.println(analyse(arguments));
            return DONE;
        } catch (InputException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (WeightingException e) {
            err.println(arguments.responses() + ": the responses cannot be weighted to the margins:");
            for (WeightingProblem problem : e.problems()) {
                err.println("  " + problem.message() + hint(problem.code()));
            }
            return BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            err.println("analyse failed: " + e);
            return FAILED;
        }
    }

    private static String hint(WeightingProblem.Code code) {
        return switch (code) {
            case MISSING_WEIGHTING_ANSWERS -> " (--drop-missing leaves them out.)";
            case EMPTY_MARGIN_CATEGORY, ZERO_POPULATION -> " (Merge the categories in the margins file and the "
                    + "responses alike.)";
            default -> "";
        };
    }

    private static String analyse(AnalyseArguments arguments) throws IOException {
        long started = System.nanoTime();
        Timing.start();
        String responsesName = arguments.responses();
        Path responses = Path.of(responsesName);
        try (OutputDirectory output = OutputDirectory.check(arguments.out())) {
            List<String> columns = ResponsesFile.header(responses, responsesName);
            List<Path> marginPaths = new ArrayList<>();
            arguments.margins().forEach(name -> marginPaths.add(Path.of(name)));
            List<Margin> margins = MarginsFile.read(marginPaths, arguments.margins(), columns, responsesName);
            List<String> weightingVariables = margins.stream().map(Margin::variable).toList();
            for (String by : arguments.by()) {
                if (!columns.contains(by) || by.equals(ResponsesFile.ID)) {
                    throw new InputException(responsesName + ": --by " + by + " is not a column (the columns: "
                            + String.join(", ", columns) + ")");
                }
            }
            AnalysisPlan plan = AnalysisPlan.of(columns, weightingVariables, arguments.by());
            Timing.mark("header and margins");
            ResponseCells cells = ResponsesFile.aggregate(responses, responsesName, plan);
            Timing.mark("read and aggregate");
            if (cells.respondentCount() == 0) {
                throw new InputException(responsesName + ": no responses, only a header");
            }
            Weighting weighting = Weighting.of(cells, margins, arguments, responsesName);
            Timing.mark("weighting");

            Path folder = output.temporary();
            Results results = new Results(cells, weighting, plan);
            ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
            try {
                Future<?> weights = threads.submit(() -> {
                    results.writeWeights(folder.resolve("weights.csv"));
                    return null;
                });
                List<Future<Results.QuestionResult>> questions = new ArrayList<>();
                for (int q = 0; q < plan.questions().size(); q++) {
                    int question = q;
                    questions.add(threads.submit(() -> results.estimate(question)));
                }
                results.writeEstimates(questions, folder.resolve("estimates.csv"),
                        plan.by().isEmpty() ? null : folder.resolve("tests.csv"));
                Timing.mark("estimates and tests");
                weights.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                threads.shutdownNow();
            }
            Timing.mark("weights (after those)");
            if (!arguments.ranking().isEmpty()) {
                ConcernsFile.write(ConcernsFile.analyse(responses, responsesName, margins, arguments,
                        Weighting.rakingOptions(arguments)), folder.resolve("concerns.csv"));
                Timing.mark("concerns");
            }
            DiagnosticsJson.write(folder.resolve("diagnostics.json"), weighting, cells.respondentCount());
            output.commit();
            Timing.mark("diagnostics, folder in place");
            return String.format(Locale.UK, "analysed %,d responses (%,d left out) in %.2f s: weighted to %d margins "
                            + "(%s after %d iterations), %d questions, %,d estimates; written to %s",
                    cells.respondentCount(), weighting.raking().droppedRespondents(),
                    (System.nanoTime() - started) / 1e9, margins.size(),
                    weighting.raking().converged() ? "converged" : "not converged", weighting.raking().iterations(),
                    plan.questions().size(), results.estimatesWritten(), arguments.out());
        }
    }
}
