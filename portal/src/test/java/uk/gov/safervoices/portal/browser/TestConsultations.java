package uk.gov.safervoices.portal.browser;

import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Consultations for browser tests, each with its own slug and title, so that tests never meet each other's
 * drafts or responses (the test database is shared by every test class in a run, and in CI it is MariaDB).
 */
final class TestConsultations {
    static final String SURVEY = "community-safety-survey";
    static final String MEETING_FEEDBACK = "public-meeting-feedback";

    private final Consultations consultations;
    private final Questionnaires questionnaires;

    TestConsultations(Consultations consultations, Questionnaires questionnaires) {
        this.consultations = consultations;
        this.questionnaires = questionnaires;
    }

    Consultation open(String title, String questionnaireKey) {
        Instant now = Instant.now();
        return create(title, questionnaireKey, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
    }

    Consultation closed(String title, String questionnaireKey) {
        Instant now = Instant.now();
        return create(title, questionnaireKey, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(10)));
    }

    Consultation notYetOpen(String title, String questionnaireKey) {
        Instant now = Instant.now();
        return create(title, questionnaireKey, now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(40)));
    }

    private Consultation create(String title, String questionnaireKey, Instant opens, Instant closes) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long questionnaire = questionnaires.findByKey(questionnaireKey).orElseThrow(() ->
                new IllegalStateException("Questionnaire " + questionnaireKey + " is not stored")).id();
        return consultations.create(new Consultations.NewConsultation("browser-" + unique, title + " " + unique,
                "Tell us how safe you feel where you live.",
                "The partnership must ask residents about crime and anti-social behaviour every year.",
                "We publish the results and use them to set the partnership's priorities.",
                opens, closes, List.of(questionnaire)));
    }
}
