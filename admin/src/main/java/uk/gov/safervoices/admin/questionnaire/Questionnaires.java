package uk.gov.safervoices.admin.questionnaire;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.safervoices.definitions.load.LoadResult;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Questionnaires and their versions. A version's parsed definition is cached (Caffeine) by version id; a published
 * version never changes, so its cache entry never goes stale, and a draft's entry is dropped when the draft changes.
 */
@Singleton
public class Questionnaires {
    private static final Logger LOG = LoggerFactory.getLogger(Questionnaires.class);

    private final QuestionnaireRepository questionnaires;
    private final QuestionnaireVersionRepository versions;
    private final QuestionnaireLoader loader;
    private final Clock clock;
    private final ApplicationEventPublisher<QuestionnairePublished> events;
    private final LoadingCache<Long, Questionnaire> definitions;

    Questionnaires(QuestionnaireRepository questionnaires, QuestionnaireVersionRepository versions,
                   QuestionnaireLoader loader, Clock clock, ApplicationEventPublisher<QuestionnairePublished> events) {
        this.events = events;
        this.questionnaires = questionnaires;
        this.versions = versions;
        this.loader = loader;
        this.clock = clock;
        this.definitions = Caffeine.newBuilder().maximumSize(500).build(this::parseStored);
    }

    public Optional<QuestionnaireRecord> findByKey(String questionnaireKey) {
        return questionnaires.findByQuestionnaireKey(questionnaireKey);
    }

    public Optional<QuestionnaireRecord> findById(long questionnaireId) {
        return questionnaires.findById(questionnaireId);
    }

    public Optional<QuestionnaireVersion> version(long versionId) {
        return versions.findById(versionId);
    }

    public Optional<QuestionnaireVersion> latestPublished(long questionnaireId) {
        return versions.findFirstByQuestionnaireIdAndStatusOrderByVersionNumberDesc(
                questionnaireId, QuestionnaireVersion.Status.PUBLISHED);
    }

    /** The published versions of a questionnaire, newest first. */
    public List<QuestionnaireVersion> publishedVersions(long questionnaireId) {
        return versions.findByQuestionnaireIdAndStatusOrderByVersionNumberDesc(questionnaireId,
                QuestionnaireVersion.Status.PUBLISHED);
    }

    /** The parsed definition of a stored version (cached). */
    public Questionnaire definition(QuestionnaireVersion version) {
        return definitions.get(version.id());
    }

    public long responseCount(QuestionnaireVersion version) {
        return versions.countResponses(version.id());
    }

    /**
     * Validates a definition file and publishes it as the next version of its questionnaire (creating the
     * questionnaire on first sight). If the latest version already holds exactly this text, that version is returned
     * unchanged. Once staff have made a version in the back office (a draft or a published one, see
     * {@link QuestionnaireDesigns}), the questionnaire is theirs: a file is no longer published over it, and their
     * latest published version (or, if none, their draft) is returned.
     *
     * @throws InvalidDefinitionException with every validation error; nothing is written
     */
    @Transactional
    public QuestionnaireVersion publish(String sourceYaml, String fileName) {
        LoadResult result = loader.parse(sourceYaml, fileName);
        Questionnaire definition = result.questionnaire().orElseThrow(() -> new InvalidDefinitionException(result.errors()));
        String sha = sha256(sourceYaml);
        Optional<QuestionnaireRecord> existing = questionnaires.findByQuestionnaireKey(definition.id());
        Optional<QuestionnaireVersion> latest = existing.flatMap(q ->
                versions.findFirstByQuestionnaireIdOrderByVersionNumberDesc(q.id()));
        if (latest.isPresent() && latest.get().createdBy() != null) {
            LOG.info("Questionnaire {} is maintained in the back office; {} is not published over it",
                    definition.id(), fileName);
            return latestPublished(latest.get().questionnaireId()).orElse(latest.get());
        }
        if (latest.isPresent() && latest.get().isPublished() && latest.get().sourceSha256().equals(sha)) {
            return latest.get();
        }
        QuestionnaireRecord questionnaire = existing
                .map(q -> q.title().equals(definition.title()) ? q
                        : questionnaires.update(new QuestionnaireRecord(q.id(), q.questionnaireKey(),
                        definition.title(), q.kind(), q.createdAt())))
                .orElseGet(() -> questionnaires.save(new QuestionnaireRecord(null, definition.id(),
                        definition.title(), definition.kind().name(), clock.instant())));
        int next = latest.map(v -> v.versionNumber() + 1).orElse(1);
        QuestionnaireVersion published = versions.save(new QuestionnaireVersion(null, questionnaire.id(), next,
                QuestionnaireVersion.Status.PUBLISHED, sourceYaml, sha, fileName, clock.instant(), clock.instant(),
                null, null, null));
        events.publishEvent(new QuestionnairePublished(questionnaire.id(), published.id()));
        return published;
    }

    /** Drops a version's cached definition (a draft changed or was published or deleted). */
    void forget(long versionId) {
        definitions.invalidate(versionId);
    }

    private Questionnaire parseStored(long versionId) {
        QuestionnaireVersion version = versions.findById(versionId)
                .orElseThrow(() -> new IllegalArgumentException("No questionnaire version " + versionId));
        LoadResult result = loader.parse(version.sourceYaml(),
                version.sourceFile() != null ? version.sourceFile() : "version-" + versionId + ".yaml");
        return result.questionnaire().orElseThrow(() -> new InvalidDefinitionException(result.errors()));
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
