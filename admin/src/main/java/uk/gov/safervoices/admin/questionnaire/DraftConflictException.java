package uk.gov.safervoices.admin.questionnaire;

/**
 * Someone else changed the questionnaire (saved its draft, or published a version) after this editor opened it;
 * nothing was saved. The editor should reload the latest version and make the change again.
 */
public class DraftConflictException extends RuntimeException {
    private final transient QuestionnaireVersion latest;

    public DraftConflictException(QuestionnaireVersion latest) {
        super("Version " + latest.versionNumber() + " of this questionnaire changed after you opened it");
        this.latest = latest;
    }

    public QuestionnaireVersion latest() {
        return latest;
    }
}
