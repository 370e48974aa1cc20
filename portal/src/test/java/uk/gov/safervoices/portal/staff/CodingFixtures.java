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

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The analysis fixture's residents answering a questionnaire with "Other (please say)" in its ranking and an open
 * question: every third ranks "other" first, in words about street lights (one with markup in it); every other
 * writes about dumped rubbish.
 */
public final class CodingFixtures {
    static final String QUESTIONNAIRE = "staff-coding-test";
    static final String MARKUP = "Lights <script>alert('x')</script> out";

    private CodingFixtures() {
    }

    public static AnalysisFixtures.Seeded seed(Consultations consultations, Questionnaires questionnaires,
                                               ResponseStore store, MarginSets marginSets, WeightingSchemes schemes,
                                               int count, long seed) {
        QuestionnaireVersion version = questionnaires.publish(ResponseFixtures.resource(QUESTIONNAIRE + ".yaml"),
                QUESTIONNAIRE + ".yaml");
        Consultation consultation = AnalysisFixtures.consultation(consultations, version, "Coding "
                + QuestionnaireFixtures.uniqueKey("c"));
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            Map<String, List<String>> raw = AnalysisFixtures.resident(random);
            if (i % 3 == 0) {
                raw.put("top.1", List.of("other"));
                raw.put("top.2", List.of("asb"));
                raw.put("top.specify", List.of(i == 0 ? MARKUP : "The street lights are broken near number " + i));
            }
            if (i % 2 == 0) {
                raw.put("comments", List.of("Rubbish dumped in the alley " + i));
            }
            SubmissionOutcome outcome = store.submit(new Submission(consultation, version, Channel.ONLINE, null, raw));
            if (!(outcome instanceof SubmissionOutcome.Accepted)) {
                throw new AssertionError("Fixture response refused: " + outcome);
            }
        }
        MarginSet margins = marginSets.create("fixture", new MarginSets.Description(
                QuestionnaireFixtures.uniqueKey("margins"), "Example Borough", "Synthetic"),
                MarginCsv.read(AnalysisFixtures.MARGINS).margins());
        WeightingScheme scheme = schemes.create("fixture", new WeightingSchemes.Settings(
                QuestionnaireFixtures.uniqueKey("scheme"), margins.id(), List.of("ward", "age_band", "sex"),
                RakingOptions.MissingAnswers.DROP, false, null, null, 30, List.of()));
        return new AnalysisFixtures.Seeded(consultation, version, margins, scheme);
    }
}
