package uk.gov.safervoices.portal.survey;

import com.github.jknack.handlebars.Handlebars;
import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Section;

import java.util.List;

/**
 * Sections as residents see them, for the staff preview of a questionnaire version: each question rendered blank
 * by the same code and {@code question-block} partial as the survey's section pages ({@link QuestionBlocks}).
 * Previews are not cached (a draft's definition changes with every save).
 */
@Singleton
public class QuestionPreviews {
    private final QuestionBlocks blocks;

    QuestionPreviews(QuestionBlocks blocks) {
        this.blocks = blocks;
    }

    /** The section's questions, every one of them (a condition cannot be judged without answers), as HTML. */
    public List<Handlebars.SafeString> blocks(Section section) {
        return section.questions().stream().map(blocks::blank).toList();
    }

    /** The text a question is shown with ("(optional)" when it is not required). */
    public static String questionText(Question question) {
        return QuestionViews.questionText(question);
    }
}
