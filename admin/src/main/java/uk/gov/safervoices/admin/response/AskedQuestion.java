package uk.gov.safervoices.admin.response;

import uk.gov.safervoices.definitions.model.QuestionType;

import java.util.List;

/** A question the resident was shown, with their answer; {@code lines} is empty when they left it unanswered. */
public record AskedQuestion(String sectionId, String sectionTitle, String questionId, String text,
                            QuestionType type, List<AnswerLine> lines) {

    public boolean answered() {
        return !lines.isEmpty();
    }

    /** Whether an answer line holds free text that can still be redacted. */
    public boolean hasFreeText() {
        return lines.stream().anyMatch(line -> line.freeText() != null && !line.removed());
    }
}
