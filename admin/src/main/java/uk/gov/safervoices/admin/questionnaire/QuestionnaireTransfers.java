package uk.gov.safervoices.admin.questionnaire;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.definitions.design.Design;
import uk.gov.safervoices.definitions.design.Designer;
import uk.gov.safervoices.definitions.design.QuestionnaireEdits;
import uk.gov.safervoices.definitions.load.LoadResult;
import uk.gov.safervoices.definitions.load.QuestionnaireLoader;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * Questionnaires in and out of the back office: import a file, export a version, and copy a version (into a new
 * questionnaire, such as next year's survey, or as a new draft of its own), always keeping every question, item and
 * choice id so results can be compared. Every change is audited under the acting member of staff's username.
 */
@Singleton
public class QuestionnaireTransfers {
    private final QuestionnaireRepository questionnaires;
    private final DraftVersions drafts;
    private final Designer designer;
    private final QuestionnaireLoader loader;
    private final AuditLog audit;

    QuestionnaireTransfers(QuestionnaireRepository questionnaires, DraftVersions drafts, Designer designer,
                           QuestionnaireLoader loader, AuditLog audit) {
        this.questionnaires = questionnaires;
        this.drafts = drafts;
        this.designer = designer;
        this.loader = loader;
        this.audit = audit;
    }

    /**
     * Imports a questionnaire file as a draft, text as written (comments kept): of the questionnaire with its id if
     * there is one (replacing its draft, if it has one), otherwise of a new questionnaire. A file with any
     * validation error is refused with all of them, and nothing is saved.
     *
     * @param fileName the file's name, for messages; a name ending .yaml must be the questionnaire's id (SV019)
     */
    @Transactional
    public ImportResult importFile(String actor, String fileName, String yaml) {
        LoadResult result = loader.parse(yaml, fileName);
        if (!result.valid()) {
            return new ImportResult(null, result.errors());
        }
        Questionnaire definition = result.orThrow();
        Optional<QuestionnaireRecord> existing = questionnaires.findByQuestionnaireKey(definition.id());
        DraftSaved saved = existing.isPresent()
                ? drafts.save(actor, drafts.lock(existing.get().id()), yaml, null)
                : drafts.create(actor, definition, yaml, null);
        audit.record(actor, "questionnaire.imported", DraftVersions.SUBJECT, saved.version().questionnaireId(),
                null, fileName + " as " + DraftVersions.describe(saved.version()));
        return new ImportResult(saved, List.of());
    }

    /** A version as a file: the text exactly as stored, so importing it gives back the same definition. */
    public ExportedFile export(long versionId) {
        QuestionnaireVersion version = drafts.version(versionId);
        QuestionnaireRecord questionnaire = questionnaires.findById(version.questionnaireId()).orElseThrow();
        return new ExportedFile(DraftVersions.fileName(questionnaire), version.sourceYaml());
    }

    /**
     * Copies a version into a new questionnaire (next year's survey, say) as its first draft: a new id and title,
     * every question, item and choice id kept.
     *
     * @throws InvalidDefinitionException when the new id is not an id or is already used; nothing is saved
     */
    @Transactional
    public DraftSaved copyAsNewQuestionnaire(String actor, long versionId, String newKey, String newTitle) {
        QuestionnaireVersion source = drafts.version(versionId);
        Design design = drafts.design(questionnaires.findById(source.questionnaireId()).orElseThrow(),
                source.sourceYaml());
        if (!design.readable()) {
            throw new IllegalStateException("Version " + source.versionNumber() + " cannot be read as a "
                    + "questionnaire, so it cannot be copied");
        }
        Questionnaire copy = QuestionnaireEdits.withId(design.definition(), newKey);
        if (newTitle != null && !newTitle.isBlank()) {
            copy = QuestionnaireEdits.withDetails(copy, new QuestionnaireEdits.Details(copy.kind(), newTitle,
                    copy.summary(), copy.intro(), copy.outro(), copy.privacyNotice()));
        }
        DraftSaved saved = drafts.create(actor, copy, designer.design(copy).yaml(), source.id());
        audit.record(actor, "questionnaire.copied", DraftVersions.SUBJECT, saved.version().questionnaireId(),
                "version id " + source.id(), copy.id());
        return saved;
    }

    /**
     * Starts a new draft of the same questionnaire from one of its versions (an earlier year's wording, say), text
     * as stored.
     *
     * @throws IllegalStateException when the questionnaire already has a draft
     */
    @Transactional
    public DraftSaved copyAsDraft(String actor, long versionId) {
        QuestionnaireVersion source = drafts.version(versionId);
        QuestionnaireRecord questionnaire = drafts.lock(source.questionnaireId());
        QuestionnaireVersion latest = drafts.latest(questionnaire.id()).orElseThrow();
        if (latest.isDraft()) {
            throw new IllegalStateException("Version " + latest.versionNumber() + " is already a draft: finish or "
                    + "discard it first");
        }
        return drafts.newDraft(actor, questionnaire, latest.versionNumber() + 1, source.sourceYaml(), source.id());
    }
}
