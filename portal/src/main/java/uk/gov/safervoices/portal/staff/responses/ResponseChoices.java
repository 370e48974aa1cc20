package uk.gov.safervoices.portal.staff.responses;

import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireRecord;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consultations and questionnaire versions staff choose from (filter, export, entry), as GOV.UK select
 * items, and the checked pair a form names.
 */
@Singleton
class ResponseChoices {
    private final Consultations consultations;
    private final Questionnaires questionnaires;

    ResponseChoices(Consultations consultations, Questionnaires questionnaires) {
        this.consultations = consultations;
        this.questionnaires = questionnaires;
    }

    /** A consultation and one of the versions of a questionnaire it runs. */
    record Chosen(Consultation consultation, QuestionnaireVersion version) {
    }

    List<Map<String, Object>> consultationItems(Long selected, String anyText) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("", anyText, selected == null));
        for (Consultation consultation : consultations.all()) {
            items.add(item(consultation.id().toString(), consultation.title(),
                    consultation.id().equals(selected)));
        }
        return items;
    }

    /** Every published version of every questionnaire some consultation runs: "Title, version 2". */
    List<Map<String, Object>> versionItems(Long selected, String anyText) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("", anyText, selected == null));
        List<Long> seen = new ArrayList<>();
        for (Consultation consultation : consultations.all()) {
            for (Long questionnaireId : consultations.questionnaireIds(consultation)) {
                if (seen.contains(questionnaireId)) {
                    continue;
                }
                seen.add(questionnaireId);
                String title = questionnaires.findById(questionnaireId).map(QuestionnaireRecord::title)
                        .orElse("Questionnaire " + questionnaireId);
                for (QuestionnaireVersion version : questionnaires.publishedVersions(questionnaireId)) {
                    items.add(item(version.id().toString(), title + ", version " + version.versionNumber(),
                            version.id().equals(selected)));
                }
            }
        }
        return items;
    }

    Optional<Consultation> consultation(Long id) {
        return id == null ? Optional.empty() : consultations.byId(id);
    }

    /** The pair, if both exist and the consultation runs the version's questionnaire. */
    Optional<Chosen> chosen(Long consultationId, Long versionId) {
        if (consultationId == null || versionId == null) {
            return Optional.empty();
        }
        Optional<Consultation> consultation = consultations.byId(consultationId);
        Optional<QuestionnaireVersion> version = questionnaires.version(versionId)
                .filter(QuestionnaireVersion::isPublished);
        if (consultation.isEmpty() || version.isEmpty()
                || !consultations.questionnaireIds(consultation.get()).contains(version.get().questionnaireId())) {
            return Optional.empty();
        }
        return Optional.of(new Chosen(consultation.get(), version.get()));
    }

    /** A whole number from a form or query, or null when absent or not a number. */
    static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Map<String, Object> item(String value, String text, boolean selected) {
        Map<String, Object> item = new HashMap<>();
        item.put("value", value);
        item.put("text", text);
        item.put("selected", selected);
        return item;
    }

    static Map<String, Object> select(String name, String label, List<Map<String, Object>> items, String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", name);
        params.put("name", name);
        params.put("label", Map.of("text", label, "classes", "govuk-label--s"));
        params.put("items", items);
        if (error != null) {
            params.put("errorMessage", Map.of("text", error));
        }
        return params;
    }
}
