package uk.gov.safervoices.portal.survey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.ConsultationChanged;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.questionnaire.QuestionnairePublished;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireRecord;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireVersion;
import uk.gov.safervoices.admin.questionnaire.Questionnaires;

import java.time.Duration;
import java.util.Optional;

/**
 * Resolves a journey URL's consultation slug and questionnaire key to what the pages need. Every page view needs
 * this, so it is cached (Caffeine): dropped at once when a version is published or a consultation changes on this
 * node, and after a minute at most for changes made on another node.
 */
@Singleton
class JourneyContexts {
    private final Consultations consultations;
    private final Questionnaires questionnaires;
    private final Cache<Key, Optional<JourneyContext>> cache = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    JourneyContexts(Consultations consultations, Questionnaires questionnaires) {
        this.consultations = consultations;
        this.questionnaires = questionnaires;
    }

    /** The context, if the consultation exists and runs that questionnaire with a published version. */
    Optional<JourneyContext> find(String slug, String questionnaireKey) {
        return cache.get(new Key(slug, questionnaireKey), key -> load(key.slug(), key.questionnaireKey()));
    }

    private Optional<JourneyContext> load(String slug, String questionnaireKey) {
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

    @EventListener
    void onPublished(QuestionnairePublished event) {
        cache.invalidateAll();
    }

    @EventListener
    void onConsultationChanged(ConsultationChanged event) {
        cache.invalidateAll();
    }

    private record Key(String slug, String questionnaireKey) {
    }
}
