package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.definitions.design.Design;
import uk.gov.safervoices.definitions.design.Designer;
import uk.gov.safervoices.definitions.design.EditResult;
import uk.gov.safervoices.definitions.design.QuestionnaireEdits;
import uk.gov.safervoices.definitions.load.LoadResult;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Questionnaire design for staff (issue 4): list questionnaires with their versions, create one, edit and save its
 * draft (the validator runs on every save; a draft with errors is kept, but only a valid draft can be published),
 * publish, discard a draft. A published version is never changed: editing it makes a new draft version. Every
 * change is audited under the acting member of staff's username ({@code actor}).
 */
@Singleton
public class QuestionnaireDesigns {
    private final QuestionnaireRepository questionnaires;
    private final QuestionnaireVersionRepository versions;
    private final DraftVersions drafts;
    private final Questionnaires cache;
    private final Designer designer;
    private final QuestionnaireLoader loader;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher<QuestionnairePublished> events;
    private final TransactionOperations<Connection> transactions;

    QuestionnaireDesigns(QuestionnaireRepository questionnaires, QuestionnaireVersionRepository versions,
                         DraftVersions drafts, Questionnaires cache, Designer designer, QuestionnaireLoader loader,
                         AuditLog audit, Clock clock, ApplicationEventPublisher<QuestionnairePublished> events,
                         TransactionOperations<Connection> transactions) {
        this.questionnaires = questionnaires;
        this.versions = versions;
        this.drafts = drafts;
        this.cache = cache;
        this.designer = designer;
        this.loader = loader;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.transactions = transactions;
    }

    /** Every questionnaire, by title, with its versions and their states. */
    public List<QuestionnaireOverview> list() {
        Map<Long, List<VersionSummary>> byQuestionnaire = new LinkedHashMap<>();
        versions.summaries().forEach(v -> byQuestionnaire.computeIfAbsent(v.questionnaireId(),
                id -> new ArrayList<>()).add(v));
        return questionnaires.listOrderByTitle().stream().map(q -> new QuestionnaireOverview(q,
                byQuestionnaire.getOrDefault(q.id(), List.of()))).toList();
    }

    public Optional<QuestionnaireOverview> overview(long questionnaireId) {
        return list().stream().filter(o -> o.questionnaire().id() == questionnaireId).findFirst();
    }

    /**
     * A new questionnaire whose first version is an empty draft (the validator will ask for a privacy notice and a
     * section).
     *
     * @param key its id: lower case with hyphens, unique, never changed
     * @throws InvalidDefinitionException when the key is not an id or is already used; nothing is saved
     */
    @Transactional
    public DraftSaved create(String actor, String key, Questionnaire.Kind kind, String title) {
        Questionnaire blank = QuestionnaireEdits.blank(key, kind, title);
        return drafts.create(actor, blank, designer.design(blank).yaml(), null);
    }

    /** A version in the editor: its definition as far as it reads, and the validator's errors at their places. */
    public Design open(long versionId) {
        QuestionnaireVersion version = drafts.version(versionId);
        return drafts.design(questionnaires.findById(version.questionnaireId()).orElseThrow(), version.sourceYaml());
    }

    /**
     * Saves YAML text as the questionnaire's draft (changing the draft, or making one after the latest published
     * version). The validator's errors are returned; the draft is kept either way.
     *
     * @param expectedSha the hash of the version the editor opened, or null not to check
     * @throws DraftConflictException when the questionnaire changed after the editor opened it
     */
    @Transactional
    public DraftSaved saveDraft(String actor, long questionnaireId, String yaml, String expectedSha) {
        return drafts.save(actor, drafts.lock(questionnaireId), yaml, expectedSha);
    }

    /**
     * Applies an editor's change to a version and saves the result as the draft. Editing the draft changes it;
     * editing the latest published version makes a new draft version from it (the published one never changes).
     * A change the validator refuses (see {@link Designer#apply}) saves nothing.
     *
     * @param expectedSha the hash of the version the editor showed ({@code sourceSha256}), or null to use the
     *                    version's current one
     * @throws IllegalStateException when editing a published version although a newer version (a draft) exists
     */
    @Transactional
    public EditOutcome edit(String actor, long versionId, String expectedSha, UnaryOperator<Questionnaire> edit) {
        QuestionnaireVersion version = drafts.version(versionId);
        QuestionnaireRecord questionnaire = drafts.lock(version.questionnaireId());
        QuestionnaireVersion latest = drafts.latest(questionnaire.id()).orElseThrow();
        if (latest.id().longValue() != version.id()) {
            throw new IllegalStateException("Version " + version.versionNumber() + " is not the latest version ("
                    + latest.versionNumber() + " is): edit that one");
        }
        EditResult result = designer.apply(drafts.design(questionnaire, version.sourceYaml()), edit);
        if (!result.accepted()) {
            return new EditOutcome(null, result.refusedBecause());
        }
        return new EditOutcome(drafts.save(actor, questionnaire, result.design().yaml(),
                expectedSha == null ? version.sourceSha256() : expectedSha), List.of());
    }

    /**
     * Publishes a draft: residents answer it from now on. Caches of "the current version" are told after the change
     * is committed ({@link QuestionnairePublished}).
     *
     * @throws InvalidDefinitionException with every validation error when the draft is not valid; nothing changes
     * @throws IllegalStateException      when the version is not a draft
     */
    public QuestionnaireVersion publish(String actor, long versionId) {
        QuestionnaireVersion published = transactions.executeWrite(status -> {
            QuestionnaireVersion draft = drafts.version(versionId);
            QuestionnaireRecord questionnaire = drafts.lock(draft.questionnaireId());
            LoadResult result = loader.parse(draft.sourceYaml(), DraftVersions.fileName(questionnaire));
            Questionnaire definition = result.questionnaire()
                    .orElseThrow(() -> new InvalidDefinitionException(result.errors()));
            if (versions.publishDraft(draft.id(), clock.instant()) != 1) {
                throw new IllegalStateException("Version " + draft.versionNumber() + " is not a draft");
            }
            questionnaires.update(new QuestionnaireRecord(questionnaire.id(), questionnaire.questionnaireKey(),
                    definition.title(), definition.kind().name(), questionnaire.createdAt()));
            audit.record(actor, "questionnaire.published", DraftVersions.SUBJECT, questionnaire.id(), null,
                    DraftVersions.describe(draft));
            return drafts.version(versionId);
        });
        cache.forget(versionId);
        events.publishEvent(new QuestionnairePublished(published.questionnaireId(), published.id()));
        return published;
    }

    /**
     * Deletes a draft (the published versions stay).
     *
     * @throws IllegalStateException when the version is not a draft
     */
    @Transactional
    public void discardDraft(String actor, long versionId) {
        QuestionnaireVersion draft = drafts.version(versionId);
        drafts.lock(draft.questionnaireId());
        if (versions.deleteDraft(versionId) != 1) {
            throw new IllegalStateException("Version " + draft.versionNumber() + " is not a draft");
        }
        cache.forget(versionId);
        audit.record(actor, "questionnaire.draft-discarded", DraftVersions.SUBJECT, draft.questionnaireId(),
                DraftVersions.describe(draft), null);
    }

    /**
     * The definition of any version, draft or published, for a preview that shows it exactly as residents would see
     * it; empty when the version has validation errors (a preview needs a valid definition).
     */
    public Optional<Questionnaire> preview(long versionId) {
        Design design = open(versionId);
        return design.valid() ? Optional.of(design.definition()) : Optional.empty();
    }
}
