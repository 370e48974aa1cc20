package uk.gov.safervoices.portal.survey;

import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Consultations for journey tests: each test gets its own, so the rows it finds in the database are its own. */
final class JourneyFixtures {
    static final String SHIPPED_SURVEY = "community-safety-survey";
    /** The test questionnaire with the types the shipped survey lacks, and a section shown only sometimes. */
    static final String TEST_QUESTIONNAIRE = "journey-test-types";

    private JourneyFixtures() {
    }

    /** An open consultation running the given questionnaire (published first, from the test resources, if named). */
    static Consultation open(Consultations consultations, Questionnaires questionnaires, String questionnaireKey) {
        Instant now = Instant.now();
        return create(consultations, questionnaires, questionnaireKey, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)));
    }

    static Consultation create(Consultations consultations, Questionnaires questionnaires, String questionnaireKey,
                               Instant opensAt, Instant closesAt) {
        if (questionnaires.findByKey(questionnaireKey).isEmpty()) {
            questionnaires.publish(resource(questionnaireKey + ".yaml"), questionnaireKey + ".yaml");
        }
        long questionnaireId = questionnaires.findByKey(questionnaireKey).orElseThrow().id();
        String slug = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        return consultations.create(new Consultations.NewConsultation(slug, "Journey test " + slug,
                "A consultation made by a test.", "To test the journey.", "Not at all.", opensAt, closesAt,
                List.of(questionnaireId)));
    }

    static String resource(String name) {
        try (InputStream in = JourneyFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
