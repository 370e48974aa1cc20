package uk.gov.safervoices.portal.survey;

import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireRecord;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.util.Optional;

/** Resolves a journey URL's consultation slug and questionnaire key to what the pages need. */
@Singleton
class JourneyContexts {
    private final Consultations consultations;
    private final Questionnaires questionnaires;

    JourneyContexts(Consultations consultations, Questionnaires questionnaires) {
        this.consultations = consultations;
        this.questionnaires = questionnaires;
    }

    /** The context, if the consultation exists and runs that questionnaire with a published version. */
    Optional<JourneyContext> find(String slug, String questionnaireKey) {
        Optional<Consultation> consultation = consultations.bySlug(slug);
        Optional<QuestionnaireRecord> questionnaire = questionnaires.findByKey(questionnaireKey);
        if (consultation.isEmpty() || questionnaire.isEmpty()
                || !consultations.questionnaireIds(consultation.get()).contains(questionnaire.get().id())) {
            return Optional.empty();
        }
        return questionnaires.latestPublished(questionnaire.get().id()).map(version ->
                new JourneyContext(consultation.get(), questionnaire.get(), version, questionnaires.definition(version)));
    }

    /** The context for a draft: the exact version the draft was started on, even if a newer one is published. */
    Optional<JourneyContext> forVersion(JourneyContext current, long versionId) {
        if (current.version().id() == versionId) {
            return Optional.of(current);
        }
        Optional<QuestionnaireVersion> version = questionnaires.version(versionId);
        return version.map(v -> new JourneyContext(current.consultation(), current.questionnaire(), v,
                questionnaires.definition(v)));
    }
}
