package uk.gov.safervoices.admin.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.safervoices.admin.analysis.core.RakingOptions;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireRecord;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;
import uk.gov.safervoices.admin.response.Channel;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.response.Submission;
import uk.gov.safervoices.admin.response.SubmissionOutcome;
import uk.gov.safervoices.admin.weighting.MarginCsv;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.AreaLookup;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.QuestionType;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Ward;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * On a fresh install, last year's survey as demonstration data, so that the analysis pages show something: a
 * closed consultation running the shipped community safety survey with made-up paper and meeting responses
 * ({@link DemoResidents}), the made-up Example Borough population margins
 * ({@code survey-definitions/populations/example-borough-2025.csv}) and a weighting scheme. Everything is labelled
 * as demonstration data; turn it off with {@code safervoices.demo.analysis=false} (and remove it before real use).
 */
@Singleton
@Order(3)
@Requires(property = "safervoices.demo.analysis", notEquals = "false")
class DemoAnalysisSeeder implements ApplicationEventListener<StartupEvent> {
    static final String MARGINS = "populations/example-borough-2025.csv";
    static final int RESPONSES = 1500;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String ACTOR = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoAnalysisSeeder.class);

    private final Consultations consultations;
    private final Questionnaires questionnaires;
    private final ResponseStore store;
    private final MarginSets marginSets;
    private final WeightingSchemes schemes;
    private final DefinitionLibrary library;
    private final Clock clock;

    DemoAnalysisSeeder(Consultations consultations, Questionnaires questionnaires, ResponseStore store,
                       MarginSets marginSets, WeightingSchemes schemes, DefinitionLibrary library, Clock clock) {
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.store = store;
        this.marginSets = marginSets;
        this.schemes = schemes;
        this.library = library;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (freshInstall()) {
            seed();
        }
    }

    /** No margins and no responses yet: made-up data is never mixed into an installation in use. */
    boolean freshInstall() {
        return marginSets.all().isEmpty()
                && consultations.all().stream().allMatch(c -> store.countForConsultation(c) == 0);
    }

    /** Last year's demonstration survey, unless it exists. */
    void seed() {
        int lastYear = clock.instant().atZone(ZoneOffset.UTC).getYear() - 1;
        String slug = "community-safety-survey-" + lastYear + "-demonstration";
        if (consultations.bySlug(slug).isPresent()) {
            return;
        }
        QuestionnaireRecord survey = questionnaires.findByKey(DemoConsultationSeeder.QUESTIONNAIRE_KEY).orElse(null);
        QuestionnaireVersion version = survey == null ? null
                : questionnaires.latestPublished(survey.id()).orElse(null);
        if (version == null) {
            LOG.warn("No published {} questionnaire; no demonstration responses created",
                    DemoConsultationSeeder.QUESTIONNAIRE_KEY);
            return;
        }
        Questionnaire definition = questionnaires.definition(version);
        Consultation consultation = consultations.create(ACTOR, new Consultations.NewConsultation(slug,
                "Community safety survey " + lastYear + " (demonstration responses)",
                "Made-up responses to last year's survey, to show the analysis pages. Not real residents' views.",
                "Demonstration data shipped with Safer Voices.", "To try weighting and results.",
                LocalDate.of(lastYear, 9, 1).atStartOfDay(UK).toInstant(),
                LocalDate.of(lastYear, 11, 1).atStartOfDay(UK).toInstant(), List.of(survey.id())));
        DemoResidents residents = new DemoResidents(definition, wards(definition), 2025L);
        int stored = 0;
        for (int i = 0; i < RESPONSES; i++) {
            Channel channel = i % 4 == 3 ? Channel.MEETING : Channel.PAPER;
            SubmissionOutcome outcome = store.submit(new Submission(consultation, version, channel, null,
                    residents.next(), null, List.of(), ACTOR));
            if (outcome instanceof SubmissionOutcome.Accepted) {
                stored++;
            }
        }
        MarginSet margins = marginSets.create(ACTOR, new MarginSets.Description("Example Borough " + lastYear
                + " (made up)", "Example Borough", "Made-up figures shipped with Safer Voices ("
                + "survey-definitions/" + MARGINS + ")"), MarginCsv.read(resource(MARGINS)).margins());
        schemes.create(ACTOR, new WeightingSchemes.Settings("Ward, age band and sex", margins.id(),
                List.of("ward", "age_band", "sex"), RakingOptions.MissingAnswers.DROP, false, null, null, 30,
                List.of()));
        LOG.info("Created demonstration consultation {} with {} made-up responses, margins and a weighting scheme",
                slug, stored);
    }

    private List<Ward> wards(Questionnaire definition) {
        return definition.questionStream().filter(q -> q.type() == QuestionType.AREA).map(Question::lookup)
                .findFirst().flatMap(library::lookup).map(AreaLookup::wards).orElse(List.of());
    }

    private static String resource(String name) {
        try (InputStream in = DemoAnalysisSeeder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
