package uk.gov.safervoices.portal.survey;

import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireRecord;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.portal.web.Routes;

/** Which consultation and questionnaire a journey page belongs to, and the version residents answer now. */
record JourneyContext(Consultation consultation, QuestionnaireRecord questionnaire, QuestionnaireVersion version,
                      Questionnaire definition) {

    String sectionUrl(String sectionId) {
        return Routes.section(consultation.slug(), questionnaire.questionnaireKey(), sectionId);
    }

    String checkAnswersUrl() {
        return Routes.checkAnswers(consultation.slug(), questionnaire.questionnaireKey());
    }

    String draftCookiePath() {
        return Routes.consultation(consultation.slug());
    }
}
