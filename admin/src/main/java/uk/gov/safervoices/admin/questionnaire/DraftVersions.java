package uk.gov.safervoices.admin.questionnaire;

import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.definitions.design.Design;
import uk.gov.safervoices.definitions.design.Designer;
import uk.gov.safervoices.definitions.load.ErrorCode;
import uk.gov.safervoices.definitions.load.ValidationError;
import uk.gov.safervoices.definitions.model.Questionnaire;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * How the design services store questionnaires and their drafts. Callers hold a transaction and lock the
 * questionnaire's row first ({@link #lock}), so one questionnaire's versions change one at a time. A questionnaire
 * has at most one draft, and it is its latest version. Every change is audited in the same transaction.
 */
@Singleton
class DraftVersions {
    static final String SUBJECT = "questionnaire";

    private final QuestionnaireRepository questionnaires;
    private final QuestionnaireVersionRepository versions;
    private final Questionnaires cache;
    private final Designer designer;
    private final AuditLog audit;
    private final Clock clock;

    DraftVersions(QuestionnaireRepository questionnaires, QuestionnaireVersionRepository versions,
                  Questionnaires cache, Designer designer, AuditLog audit, Clock clock) {
        this.questionnaires = questionnaires;
        this.versions = versions;
        this.cache = cache;
        this.designer = designer;
        this.audit = audit;
        this.clock = clock;
    }

    static String fileName(QuestionnaireRecord questionnaire) {
        return questionnaire.questionnaireKey() + ".yaml";
    }

    QuestionnaireRecord lock(long questionnaireId) {
        return questionnaires.findByIdForUpdate(questionnaireId)
                .orElseThrow(() -> new NoSuchElementException("No questionnaire " + questionnaireId));
    }

    QuestionnaireVersion version(long versionId) {
        return versions.findById(versionId)
                .orElseThrow(() -> new NoSuchElementException("No questionnaire version " + versionId));
    }

    Optional<QuestionnaireVersion> latest(long questionnaireId) {
        return versions.findFirstByQuestionnaireIdOrderByVersionNumberDesc(questionnaireId);
    }

    /** The stored text as a design: its definition as far as it reads, and its errors at their places. */
    Design design(QuestionnaireRecord questionnaire, String yaml) {
        return designer.open(yaml, fileName(questionnaire));
    }

    /**
     * Stores a new questionnaire whose first version is a draft of this definition's text.
     *
     * @throws InvalidDefinitionException when the id is not a questionnaire id, or is already used
     */
    DraftSaved create(String actor, Questionnaire definition, String yaml, Long basedOnVersionId) {
        String key = definition.id();
        if (key == null || key.isBlank()) {
            throw new InvalidDefinitionException(List.of(new ValidationError(ErrorCode.SV004, "questionnaire", 0, 0,
                    null, "The questionnaire has no id. Give it an id in lower case with hyphens, like "
                    + "community-safety-survey-2027.")));
        }
        List<ValidationError> idErrors = designer.open(yaml, key + ".yaml").errors().stream()
                .map(e -> e.error()).filter(e -> e.questionId() == null
                        && (e.code() == ErrorCode.SV006 || e.code() == ErrorCode.SV019)).toList();
        if (!idErrors.isEmpty()) {
            throw new InvalidDefinitionException(idErrors);
        }
        questionnaires.findByQuestionnaireKey(key).ifPresent(existing -> {
            throw new InvalidDefinitionException(List.of(new ValidationError(ErrorCode.SV003, key + ".yaml", 0, 0,
                    null, "The questionnaire id \"" + key + "\" is already used by \"" + existing.title()
                    + "\". Give this questionnaire its own id.")));
        });
        QuestionnaireRecord saved = questionnaires.save(new QuestionnaireRecord(null, key,
                definition.title() == null ? key : definition.title(), definition.kind().name(), clock.instant()));
        audit.record(actor, "questionnaire.created", SUBJECT, saved.id(), null, key);
        return newDraft(actor, saved, 1, yaml, basedOnVersionId);
    }

    DraftSaved newDraft(String actor, QuestionnaireRecord questionnaire, int number, String yaml,
                        Long basedOnVersionId) {
        QuestionnaireVersion draft = versions.save(new QuestionnaireVersion(null, questionnaire.id(), number,
                QuestionnaireVersion.Status.DRAFT, yaml, Questionnaires.sha256(yaml), fileName(questionnaire),
                clock.instant(), null, actor, clock.instant(), basedOnVersionId));
        audit.record(actor, "questionnaire.draft-created", SUBJECT, questionnaire.id(),
                basedOnVersionId == null ? null : "based on version id " + basedOnVersionId,
                describe(draft));
        return new DraftSaved(draft, design(questionnaire, yaml));
    }

    /**
     * Saves text as the questionnaire's draft: the draft is changed if there is one, otherwise a new draft version
     * is made after the latest (published) version, which is never changed.
     *
     * @param expectedSha the text's hash the editor started from (the draft's or the published version's), or null
     *                    to save regardless
     * @throws DraftConflictException when the latest version's text is no longer {@code expectedSha}
     */
    DraftSaved save(String actor, QuestionnaireRecord questionnaire, String yaml, String expectedSha) {
        Optional<QuestionnaireVersion> latest = latest(questionnaire.id());
        if (expectedSha != null && latest.isPresent() && !latest.get().sourceSha256().equals(expectedSha)) {
            throw new DraftConflictException(latest.get());
        }
        if (latest.isEmpty() || latest.get().isPublished()) {
            return newDraft(actor, questionnaire, latest.map(v -> v.versionNumber() + 1).orElse(1), yaml,
                    latest.map(QuestionnaireVersion::id).orElse(null));
        }
        QuestionnaireVersion draft = latest.get();
        String sha = Questionnaires.sha256(yaml);
        if (!sha.equals(draft.sourceSha256())) {
            if (versions.updateDraft(draft.id(), yaml, sha, clock.instant()) != 1) {
                throw new IllegalStateException("Version " + draft.id() + " is no longer a draft");
            }
            cache.forget(draft.id());
            audit.record(actor, "questionnaire.draft-saved", SUBJECT, questionnaire.id(), describe(draft),
                    "version " + draft.versionNumber() + " sha256 " + sha.substring(0, 12));
        }
        return new DraftSaved(version(draft.id()), design(questionnaire, yaml));
    }

    static String describe(QuestionnaireVersion version) {
        return "version " + version.versionNumber() + " sha256 " + version.sourceSha256().substring(0, 12);
    }
}
