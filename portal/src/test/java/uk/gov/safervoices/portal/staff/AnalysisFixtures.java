package uk.gov.safervoices.portal.staff;

import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.admin.weighting.MarginCsv;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A consultation running a questionnaire with weighting questions (ward, age in years, sex), residents' responses
 * to it (skewed: older people and women over-represented), population margins and a weighting scheme.
 */
public final class AnalysisFixtures {
    static final String QUESTIONNAIRE = "staff-analysis-test";
    static final List<String> WARDS = List.of("E05099001", "E05099002", "E05099003", "E05099004");
    static final String MARGINS = """
            variable,category,population
            ward,E05099001,3000
            ward,E05099002,3000
            ward,E05099003,2500
            ward,E05099004,1500
            age_band,16-34,3500
            age_band,35-54,3500
            age_band,55+,3000
            sex,female,5100
            sex,male,4900
            """;

    private AnalysisFixtures() {
    }

    public record Seeded(Consultation consultation, QuestionnaireVersion version, MarginSet margins, WeightingScheme scheme) {
    }

    public static QuestionnaireVersion version(Questionnaires questionnaires) {
        return questionnaires.publish(ResponseFixtures.resource(QUESTIONNAIRE + ".yaml"), QUESTIONNAIRE + ".yaml");
    }

    public static Consultation consultation(Consultations consultations, QuestionnaireVersion version, String title) {
        Instant now = Instant.now();
        return consultations.create(new Consultations.NewConsultation(QuestionnaireFixtures.uniqueKey("analysis"),
                title, "A consultation made by a test.", null, null, now.minus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(30)), List.of(version.questionnaireId())));
    }

    /** {@code count} responses from residents drawn with this seed. */
    public static void respond(ResponseStore store, Consultation consultation, QuestionnaireVersion version, int count,
                        long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            SubmissionOutcome outcome = store.submit(new Submission(consultation, version, Channel.ONLINE, null,
                    resident(random)));
            if (!(outcome instanceof SubmissionOutcome.Accepted)) {
                throw new AssertionError("Fixture response refused: " + outcome);
            }
        }
    }

    public static Map<String, List<String>> resident(Random random) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        int ward = random.nextInt(11);
        raw.put("home_area.ward", List.of(WARDS.get(ward < 4 ? 0 : ward < 7 ? 1 : ward < 10 ? 2 : 3)));
        int age = 16 + (int) Math.round(Math.min(74, Math.abs(random.nextGaussian() * 20 + 32)));
        raw.put("age", List.of(Integer.toString(age)));
        raw.put("sex", List.of(random.nextInt(3) < 2 ? "female" : "male"));
        List<String> safety = List.of("very_safe", "fairly_safe", "a_bit_unsafe", "very_unsafe", "dont_know");
        raw.put("safe_after_dark", List.of(safety.get(Math.min(4, random.nextInt(age < 35 ? 4 : 5)))));
        List<String> places = new ArrayList<>();
        if (random.nextBoolean()) {
            places.add("park");
        }
        if (random.nextInt(3) == 0) {
            places.add("station");
        }
        raw.put("places", places.isEmpty() ? List.of("nowhere") : places);
        raw.put("day.high_street", List.of(safety.get(random.nextInt(4))));
        raw.put("top.1", List.of(random.nextBoolean() ? "asb" : "burglary"));
        return raw;
    }

    public static Seeded seed(Consultations consultations, Questionnaires questionnaires, ResponseStore store,
                       MarginSets marginSets, WeightingSchemes schemes, int count, long seed) {
        QuestionnaireVersion version = version(questionnaires);
        Consultation consultation = consultation(consultations, version, "Analysis " + QuestionnaireFixtures
                .uniqueKey("c"));
        respond(store, consultation, version, count, seed);
        MarginSet margins = marginSets.create("fixture", new MarginSets.Description(
                QuestionnaireFixtures.uniqueKey("margins"), "Example Borough", "Synthetic"),
                MarginCsv.read(MARGINS).margins());
        WeightingScheme scheme = schemes.create("fixture", new WeightingSchemes.Settings(
                QuestionnaireFixtures.uniqueKey("scheme"), margins.id(), List.of("ward", "age_band", "sex"),
                RakingOptions.MissingAnswers.DROP, false, null, null, 30, List.of()));
        return new Seeded(consultation, version, margins, scheme);
    }
}
