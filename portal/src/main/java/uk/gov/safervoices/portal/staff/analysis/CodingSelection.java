package uk.gov.safervoices.portal.staff.analysis;

import uk.gov.safervoices.admin.analysis.Analyses;
import uk.gov.safervoices.admin.coding.CodeableQuestion;
import uk.gov.safervoices.admin.coding.FreeTextAnswers;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the coding page shows, from its query (or a posted form's hidden fields): the consultation, the questionnaire
 * version (most responses unless chosen), the free-text question (the first unless chosen), which answers (not yet
 * coded unless chosen) and the page. Unknown values fall back to the defaults rather than failing.
 *
 * @param version  null when the consultation has no included responses
 * @param question null when the version has no question with free text
 */
record CodingSelection(Consultation consultation, List<Analyses.VersionResponses> versions,
                       Analyses.VersionResponses version, List<CodeableQuestion> questions, CodeableQuestion question,
                       FreeTextAnswers.Show show, int page) {
    static final int PAGE_SIZE = 25;

    /** Empty when the consultation does not exist. */
    static Optional<CodingSelection> of(long consultationId, Map<String, String> query, Consultations consultations,
                                        Questionnaires questionnaires, Analyses analyses) {
        Optional<Consultation> consultation = consultations.byId(consultationId);
        if (consultation.isEmpty()) {
            return Optional.empty();
        }
        List<Analyses.VersionResponses> versions = analyses.versions(consultationId);
        FreeTextAnswers.Show show = FreeTextAnswers.Show.UNCODED;
        for (FreeTextAnswers.Show s : FreeTextAnswers.Show.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(query.get("show"))) {
                show = s;
            }
        }
        String pageText = query.getOrDefault("page", "1");
        int page = pageText.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(pageText)) : 1;
        if (versions.isEmpty()) {
            return Optional.of(new CodingSelection(consultation.get(), versions, null, List.of(), null, show, 1));
        }
        Analyses.VersionResponses version = versions.stream()
                .filter(v -> Long.toString(v.versionId()).equals(query.get("version"))).findFirst()
                .orElse(versions.get(0));
        QuestionnaireVersion stored = questionnaires.version(version.versionId()).orElseThrow();
        List<CodeableQuestion> questions = CodeableQuestion.of(questionnaires.definition(stored));
        CodeableQuestion question = questions.stream().filter(q -> q.id().equals(query.get("question"))).findFirst()
                .orElse(questions.isEmpty() ? null : questions.get(0));
        return Optional.of(new CodingSelection(consultation.get(), versions, version, questions, question, show, page));
    }

    FreeTextAnswers.Scope scope() {
        return new FreeTextAnswers.Scope(consultation.id(), version.versionId(), question.id());
    }

    /** The query that shows this selection (at another page of answers, or from the first). */
    Map<String, String> query(int atPage) {
        Map<String, String> query = new LinkedHashMap<>();
        if (version != null) {
            query.put("version", Long.toString(version.versionId()));
        }
        if (question != null) {
            query.put("question", question.id());
        }
        query.put("show", show.name().toLowerCase(Locale.ROOT));
        query.put("page", Integer.toString(atPage));
        return query;
    }

    String url(int atPage) {
        StringBuilder url = new StringBuilder(StaffRoutes.analysis(consultation.id(), "coding"));
        char separator = '?';
        for (Map.Entry<String, String> entry : query(atPage).entrySet()) {
            url.append(separator).append(entry.getKey()).append('=')
                    .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    /** A posted form's selection fields (hidden inputs) as a query. */
    static Map<String, String> query(Map<String, List<String>> form) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : List.of("version", "question", "show", "page")) {
            List<String> values = form.get(name);
            if (values != null && !values.isEmpty()) {
                query.put(name, values.get(0));
            }
        }
        return query;
    }
}
