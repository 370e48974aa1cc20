package uk.gov.safervoices.admin.analysis.cli;

import uk.gov.safervoices.admin.analysis.core.Breakdown;
import uk.gov.safervoices.admin.analysis.core.Estimate;
import uk.gov.safervoices.admin.analysis.core.EstimationOptions;
import uk.gov.safervoices.admin.analysis.core.IndependenceTest;
import uk.gov.safervoices.admin.analysis.core.ProportionTable;
import uk.gov.safervoices.admin.analysis.core.Proportions;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Writes weights.csv, estimates.csv and tests.csv from the aggregated responses and their weights. */
final class Results {

    private final ResponseCells cells;
    private final Weighting weighting;
    private final AnalysisPlan plan;
    private long estimates;

    Results(ResponseCells cells, Weighting weighting, AnalysisPlan plan) {
        this.cells = cells;
        this.weighting = weighting;
        this.plan = plan;
    }

    /** One row per respondent in input order: the weight of their cell (empty if they were left out). */
    void writeWeights(Path file) throws IOException {
        double[] weights = weighting.weightsOfCells(cells, cells.cellSlots());
        byte[][] tails = new byte[weights.length][];
        for (int c = 0; c < weights.length; c++) {
            String weight = Double.isNaN(weights[c]) ? "" : Double.toString(weights[c]);
            tails[c] = ("," + weight + "\n").getBytes(StandardCharsets.US_ASCII);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("respondent_id,weight\n".getBytes(StandardCharsets.US_ASCII));
            int respondents = (int) cells.respondentCount();
            for (int r = 0; r < respondents; r++) {
                cells.respondents.write(r, out);
                out.write(tails[cells.cellOf(r)]);
            }
        }
    }

    /** One question's tables: everyone, or the breakdowns (each with everyone, its groups and tests). */
    record QuestionResult(String question, ProportionTable overall, List<Breakdown> breakdowns) {
    }

    /** The estimates of question {@code q}: O(cells), independent of the number of responses. */
    QuestionResult estimate(int q) {
        EstimationOptions options = EstimationOptions.defaults();
        String question = plan.questions().get(q);
        if (plan.by().isEmpty()) {
            return new QuestionResult(question, Proportions.estimate(weighting.design(), cells.answerCells(q, -1), null,
                    options), List.of());
        }
        List<Breakdown> breakdowns = new ArrayList<>();
        for (int b = 0; b < plan.by().size(); b++) {
            breakdowns.add(Proportions.breakdown(weighting.design(), cells.answerCells(q, b), null, null, options));
        }
        return new QuestionResult(question, breakdowns.get(0).overall(), breakdowns);
    }

    /** estimates.csv and, with breakdowns, tests.csv, from every question's results in order. */
    void writeEstimates(List<Future<QuestionResult>> questions, Path estimatesFile, Path testsFile)
            throws IOException, InterruptedException, ExecutionException {
        try (CsvOutput out = new CsvOutput(estimatesFile, "question", "category", "by_variable", "by_category",
                "n_base", "weighted_base", "proportion", "se", "se_calibrated", "deff", "ci_logit_lower",
                "ci_logit_upper", "ci_beta_lower", "ci_beta_upper");
             CsvOutput tests = testsFile == null ? null : new CsvOutput(testsFile, "question", "by_variable",
                     "pearson_chisq", "pearson_df", "pearson_p", "rao_scott_f", "ndf", "ddf", "rao_scott_p")) {
            for (Future<QuestionResult> future : questions) {
                QuestionResult result = future.get();
                table(out, result.question(), null, result.overall());
                for (int b = 0; b < result.breakdowns().size(); b++) {
                    Breakdown breakdown = result.breakdowns().get(b);
                    for (ProportionTable group : breakdown.groups()) {
                        table(out, result.question(), plan.by().get(b), group);
                    }
                    test(tests, result.question(), plan.by().get(b), breakdown.test());
                }
            }
        }
    }

    private void table(CsvOutput out, String question, String by, ProportionTable table) throws IOException {
        for (Estimate estimate : table.estimates()) {
            out.text(question).text(estimate.category()).text(by).text(by == null ? null : table.group())
                    .number(table.base()).number(table.weightedBase()).number(estimate.proportion())
                    .number(estimate.standardError()).number(estimate.calibratedStandardError())
                    .number(estimate.designEffect()).number(estimate.logit().lower()).number(estimate.logit().upper())
                    .number(estimate.beta().lower()).number(estimate.beta().upper()).end();
            estimates++;
        }
    }

    private static void test(CsvOutput out, String question, String by, Optional<IndependenceTest> test)
            throws IOException {
        out.text(question).text(by);
        if (test.isPresent()) {
            IndependenceTest t = test.get();
            out.number(t.pearsonChiSquare()).number(t.pearsonDegreesOfFreedom()).number(t.pearsonP())
                    .number(t.raoScottF()).number(t.numeratorDegreesOfFreedom()).number(t.denominatorDegreesOfFreedom())
                    .number(t.raoScottP());
        } else {
            for (int i = 0; i < 7; i++) {
                out.number(Double.NaN);
            }
        }
        out.end();
    }

    long estimatesWritten() {
        return estimates;
    }
}
