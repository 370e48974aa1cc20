package uk.gov.safervoices.portal.staff;

import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.StaffEntry;
import uk.gov.safervoices.admin.response.SubmissionOutcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A consultation of its own for each test, running a small questionnaire, and responses to it. */
final class ResponseFixtures {
    static final String QUESTIONNAIRE = "staff-responses-test";
    static final String PERSONAL = "My neighbour John Smith at 4 High Street";

    private ResponseFixtures() {
    }

    record Running(Consultation consultation, QuestionnaireVersion version) {
    }

    static Running consultation(Consultations consultations, Questionnaires questionnaires) {
        QuestionnaireVersion version = questionnaires.publish(resource(QUESTIONNAIRE + ".yaml"),
                QUESTIONNAIRE + ".yaml");
        Instant now = Instant.now();
        String slug = "responses-" + UUID.randomUUID().toString().substring(0, 8);
        Consultation consultation = consultations.create(new Consultations.NewConsultation(slug,
                "Responses test " + slug, "A consultation made by a test.", "To test.", "Not at all.",
                now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(30)), List.of(version.questionnaireId())));
        return new Running(consultation, version);
    }

    /** Every question answered, with free text in "please say" and in the comments, and equality answers. */
    static Map<String, List<String>> complete(String comments) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        raw.put("safe_after_dark", List.of("fairly_safe"));
        raw.put("places", List.of("park", "elsewhere"));
        raw.put("places.specify", List.of("The underpass"));
        raw.put("years_here", List.of("12"));
        raw.put("comments", List.of(comments));
        raw.put("age", List.of("42"));
        raw.put("sex", List.of("female"));
        return raw;
    }

    static SubmissionOutcome.Accepted enter(StaffEntry entry, Running running, Channel channel, String comments) {
        SubmissionOutcome outcome = entry.enter("fixture", running.consultation(), running.version(), channel, null,
                complete(comments));
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            return accepted;
        }
        throw new AssertionError("Fixture response refused: " + outcome);
    }

    static String resource(String name) {
        try (InputStream in = ResponseFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
