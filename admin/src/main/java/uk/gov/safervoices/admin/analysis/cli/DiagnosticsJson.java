package uk.gov.safervoices.admin.analysis.cli;

import uk.gov.safervoices.admin.analysis.core.AchievedMargin;
import uk.gov.safervoices.admin.analysis.core.RakingResult;
import uk.gov.safervoices.admin.analysis.core.TrimmingResult;
import uk.gov.safervoices.admin.analysis.core.WeightDiagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * diagnostics.json, written by hand (no JSON library on the command's path): convergence, the weights' spread and
 * the target and achieved total of every margin category, after trimming when there was any.
 */
final class DiagnosticsJson {

    private final StringBuilder json = new StringBuilder();

    private DiagnosticsJson() {
    }

    static void write(Path file, Weighting weighting, long respondents) throws IOException {
        Files.writeString(file, of(weighting, respondents), StandardCharsets.UTF_8);
    }

    static String of(Weighting weighting, long respondents) {
        RakingResult raking = weighting.raking();
        TrimmingResult trimming = weighting.trimming();
        WeightDiagnostics weights = WeightDiagnostics.of(weighting.design());
        List<AchievedMargin> margins = trimming == null ? raking.margins() : trimming.margins();
        double maxError = trimming == null ? raking.maxMarginError() : trimming.maxMarginError();
        DiagnosticsJson out = new DiagnosticsJson();
        out.json.append("{\n");
        out.field("converged", raking.converged() && (trimming == null || trimming.converged()));
        out.field("iterations", raking.iterations());
        out.field("max_margin_error", maxError);
        out.field("respondents", respondents);
        out.field("weighted_respondents", weights.respondents());
        out.field("dropped_respondents", raking.droppedRespondents());
        out.field("population", weights.total());
        out.field("n_eff", weights.effectiveSampleSize());
        out.field("deff_kish", weights.designEffect());
        out.field("weight_min", weights.min());
        out.field("weight_max", weights.max());
        out.field("weight_mean", weights.mean());
        out.field("weight_cv", weights.coefficientOfVariation());
        if (trimming != null) {
            out.json.append("  \"trimming\": {\"lower_bound\": ").append(number(trimming.lowerBound()))
                    .append(", \"upper_bound\": ").append(number(trimming.upperBound()))
                    .append(", \"respondents_at_lower_bound\": ").append(trimming.atLowerBound())
                    .append(", \"respondents_at_upper_bound\": ").append(trimming.atUpperBound())
                    .append(", \"rounds\": ").append(trimming.iterations())
                    .append(", \"converged\": ").append(trimming.converged())
                    .append(", \"weight_min_before\": ").append(number(trimming.before().min()))
                    .append(", \"weight_max_before\": ").append(number(trimming.before().max()))
                    .append(", \"deff_kish_before\": ").append(number(trimming.before().designEffect()))
                    .append("},\n");
        }
        out.json.append("  \"notes\": [");
        for (int i = 0; i < raking.notes().size(); i++) {
            out.json.append(i == 0 ? "" : ", ").append(string(raking.notes().get(i)));
        }
        out.json.append("],\n  \"margins\": [");
        for (int i = 0; i < margins.size(); i++) {
            AchievedMargin margin = margins.get(i);
            out.json.append(i == 0 ? "\n" : ",\n").append("    {\"variable\": ").append(string(margin.variable()))
                    .append(", \"category\": ").append(string(margin.category()))
                    .append(", \"target\": ").append(number(margin.target()))
                    .append(", \"achieved\": ").append(number(margin.achieved())).append('}');
        }
        out.json.append("\n  ]\n}\n");
        return out.json.toString();
    }

    private void field(String name, Object value) {
        json.append("  ").append(string(name)).append(": ")
                .append(value instanceof Double d ? number(d) : String.valueOf(value)).append(",\n");
    }

    /** JSON has no NaN or infinity: those become null. */
    static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }

    static String string(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
