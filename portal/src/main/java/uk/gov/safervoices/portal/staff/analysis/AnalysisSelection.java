package uk.gov.safervoices.portal.staff.analysis;

import uk.gov.safervoices.admin.analysis.Analyses;
import uk.gov.safervoices.admin.analysis.BreakdownOption;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an analysis page shows, from its query: the consultation, which questionnaire version's responses (the one
 * with most responses unless chosen), which weighting scheme (the first unless chosen), the breakdown, and the
 * earlier consultation to compare with. Unknown values fall back to the defaults rather than failing.
 */
record AnalysisSelection(Consultation consultation, List<Analyses.VersionResponses> versions,
                         Analyses.VersionResponses version, QuestionnaireVersion questionnaireVersion,
                         List<WeightingScheme> schemes, WeightingScheme scheme, List<BreakdownOption> breakdowns,
                         BreakdownOption breakdown, Optional<Comparison> comparison) {

    /** An earlier wave: another consultation's responses to the same questions, weighted by the same scheme. */
    record Comparison(Consultation consultation, QuestionnaireVersion version) {
    }

    /** Empty when the consultation does not exist, has no responses, or there is no scheme. */
    static Optional<AnalysisSelection> of(long consultationId, Map<String, String> query, Consultations consultations,
                                          Questionnaires questionnaires, Analyses analyses,
                                          WeightingSchemes weightingSchemes) {
        Optional<Consultation> consultation = consultations.byId(consultationId);
        List<WeightingScheme> schemes = weightingSchemes.all();
        if (consultation.isEmpty() || schemes.isEmpty()) {
            return Optional.empty();
        }
        List<Analyses.VersionResponses> versions = analyses.versions(consultationId);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Analyses.VersionResponses version = versions.stream()
                .filter(v -> Long.toString(v.versionId()).equals(query.get("version"))).findFirst()
                .orElse(versions.get(0));
        QuestionnaireVersion stored = questionnaires.version(version.versionId()).orElseThrow();
        WeightingScheme scheme = schemes.stream().filter(s -> Long.toString(s.id()).equals(query.get("scheme")))
                .findFirst().orElse(schemes.get(0));
        List<BreakdownOption> breakdowns = analyses.breakdownOptions(stored);
        BreakdownOption breakdown = breakdowns.stream().filter(b -> b.variable().equals(query.get("by")))
                .findFirst().orElse(null);
        Optional<Comparison> comparison = Optional.empty();
        String compare = query.get("compare");
        if (compare != null && compare.matches("\\d{1,18}") && Long.parseLong(compare) != consultationId) {
            comparison = consultations.byId(Long.parseLong(compare)).flatMap(earlier ->
                    analyses.versions(earlier.id()).stream().findFirst()
                            .flatMap(v -> questionnaires.version(v.versionId()))
                            .map(v -> new Comparison(earlier, v)));
        }
        return Optional.of(new AnalysisSelection(consultation.get(), versions, version, stored, schemes, scheme,
                breakdowns, breakdown, comparison));
    }

    /** The query that shows this selection on another page (or with one value changed). */
    Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("version", Long.toString(version.versionId()));
        query.put("scheme", Long.toString(scheme.id()));
        if (breakdown != null) {
            query.put("by", breakdown.variable());
        }
        comparison.ifPresent(c -> query.put("compare", Long.toString(c.consultation().id())));
        return query;
    }

    String url(String page) {
        StringBuilder url = new StringBuilder(uk.gov.safervoices.portal.staff.StaffRoutes.analysis(
                consultation.id(), page));
        char separator = '?';
        for (Map.Entry<String, String> entry : query().entrySet()) {
            url.append(separator).append(entry.getKey()).append('=')
                    .append(java.net.URLEncoder.encode(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    /** The selects of the "what to show" form: GOV.UK select parameters. */
    Map<String, Object> form(List<Consultation> others) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("version", select("version", "Questionnaire version", versions.stream().map(v -> option(
                Long.toString(v.versionId()), "Version " + v.versionNumber() + " (" + String.format("%,d", v.responses())
                        + " responses)", v.versionId() == version.versionId())).toList()));
        form.put("scheme", select("scheme", "Weighting scheme", schemes.stream().map(s -> option(
                Long.toString(s.id()), s.name(), s.id() == scheme.id())).toList()));
        List<Map<String, Object>> by = new ArrayList<>();
        by.add(option("", "No breakdown", breakdown == null));
        breakdowns.forEach(b -> by.add(option(b.variable(), b.label(), b == breakdown)));
        form.put("by", select("by", "Break down by", by));
        List<Map<String, Object>> compare = new ArrayList<>();
        compare.add(option("", "No comparison", comparison.isEmpty()));
        others.stream().filter(c -> !c.id().equals(consultation.id())).forEach(c -> compare.add(option(
                c.id().toString(), c.title(), comparison.map(k -> k.consultation().id().equals(c.id())).orElse(false))));
        form.put("compare", select("compare", "Compare with an earlier consultation", compare));
        return form;
    }

    private static Map<String, Object> select(String name, String label, List<Map<String, Object>> items) {
        return Map.of("id", name, "name", name, "label", Map.of("text", label), "items", items);
    }

    private static Map<String, Object> option(String value, String text, boolean selected) {
        return Map.of("value", value, "text", text, "selected", selected);
    }
}
