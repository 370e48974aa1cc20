package uk.gov.safervoices.portal.survey;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.answers.AnswerError;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Paragraphs;
import uk.gov.safervoices.portal.web.Routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The view model of a section page: its questions as GOV.UK components, progress, back link and errors. */
@Singleton
class SectionPages {
    private final Pages pages;
    private final QuestionViews questions;

    SectionPages(Pages pages, QuestionViews questions) {
        this.pages = pages;
        this.questions = questions;
    }

    Map<String, Object> model(HttpRequest<?> request, JourneyContext context, Section section, List<Section> shown,
                              Map<String, List<String>> values, List<AnswerError> errors, boolean changing) {
        String title = (errors.isEmpty() ? "" : "Error: ") + section.title() + " - " + context.definition().title();
        Map<String, Object> model = pages.model(request, title);
        QuestionViews.FieldValues fields = QuestionViews.FieldValues.of(values, errors);
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Question question : section.questions()) {
            blocks.add(questions.block(question, fields));
        }
        int index = shown.indexOf(section);
        model.put("questionnaireTitle", context.definition().title());
        model.put("section", section);
        model.put("intro", Paragraphs.of(section.intro()));
        model.put("blocks", blocks);
        model.put("progress", section.equality() ? null : "Section " + (index + 1) + " of " + shown.size());
        model.put("formAction", context.sectionUrl(section.id()));
        model.put("changing", changing);
        model.put("canSave", !section.equality());
        model.put("backLink", Map.of("href", changing ? context.checkAnswersUrl()
                : index > 0 ? context.sectionUrl(shown.get(index - 1).id())
                : section.equality() ? Routes.equalityStart(context.consultation().slug(), context.questionnaire().questionnaireKey())
                : Routes.consultation(context.consultation().slug())));
        if (!errors.isEmpty()) {
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList", errors.stream()
                    .map(e -> Map.of("text", e.message(), "href", "#" + FieldIds.of(e.fieldKey())))
                    .toList()));
        }
        return model;
    }
}
