package uk.gov.safervoices.admin.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireRecord;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * On a fresh install, opens a consultation that runs the shipped community safety survey, so the home page has
 * something to show. Runs after the shipped questionnaires are synchronised; does nothing once the consultation
 * exists.
 */
@Singleton
@Order(2)
@Requires(property = "safervoices.demo.consultation", notEquals = "false")
class DemoConsultationSeeder implements ApplicationEventListener<StartupEvent> {
    static final String QUESTIONNAIRE_KEY = "community-safety-survey";
    private static final Logger LOG = LoggerFactory.getLogger(DemoConsultationSeeder.class);

    private final Consultations consultations;
    private final Questionnaires questionnaires;
    private final DemoConfiguration configuration;
    private final Clock clock;

    DemoConsultationSeeder(Consultations consultations, Questionnaires questionnaires,
                           DemoConfiguration configuration, Clock clock) {
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.configuration = configuration;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        String slug = "community-safety-survey-" + year;
        if (consultations.bySlug(slug).isPresent()) {
            return;
        }
        QuestionnaireRecord survey = questionnaires.findByKey(QUESTIONNAIRE_KEY).orElse(null);
        if (survey == null) {
            LOG.warn("No {} questionnaire is stored; no demonstration consultation created", QUESTIONNAIRE_KEY);
            return;
        }
        consultations.create(new Consultations.NewConsultation(slug,
                "Community safety survey " + year,
                "Tell us how safe you feel where you live and what the partnership should focus on this year.",
                "Every year the Community Safety Partnership must ask residents about crime, anti-social behaviour "
                        + "and what it should prioritise. This survey is how we ask.",
                "We weight the answers to reflect everyone who lives here, publish the results, and use them with "
                        + "crime data to set the partnership's priorities for next year.",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(configuration.getOpenDays())),
                List.of(survey.id())));
        LOG.info("Created demonstration consultation {}", slug);
    }
}
