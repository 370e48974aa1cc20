package uk.gov.safervoices.portal.survey;

import com.github.jknack.handlebars.Handlebars;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import uk.gov.safervoices.definitions.answers.Answer;
import uk.gov.safervoices.definitions.answers.AnswerError;
import uk.gov.safervoices.definitions.answers.Visibility;
import uk.gov.safervoices.definitions.condition.Conditions;
import uk.gov.safervoices.definitions.model.Question;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.portal.web.Pages;
import uk.gov.safervoices.portal.web.Paragraphs;
import uk.gov.safervoices.portal.web.Routes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The view model of a section page: its questions as GOV.UK components, progress, back link and errors. */
@Singleton
class SectionPages {
    private final Pages pages;
    private final QuestionBlocks questions;
    private final Journeys journeys;

    SectionPages(Pages pages, QuestionBlocks questions, Journeys journeys) {
        this.pages = pages;
        this.questions = questions;
        this.journeys = journeys;
    }

    Map<String, Object> model(HttpRequest<?> request, JourneyContext context, Section section, List<Section> shown,
                              Map<String, List<String>> values, List<AnswerError> errors, boolean changing) {
        String title = (errors.isEmpty() ? "" : "Error: ") + section.title() + " - " + context.definition().title();
        Map<String, Object> model = pages.model(request, title);
        QuestionViews.FieldValues fields = QuestionViews.FieldValues.of(values, errors);
        List<Handlebars.SafeString> blocks = new ArrayList<>();
        for (Question question : shownQuestions(request, context, section)) {
            blocks.add(questions.html(context.definition(), question, fields));
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

    /**
     * The section's questions, less those that earlier pages' answers hide. A question whose condition names a
     * question on this same page is always shown (the answer it depends on is given on this page, so the server
     * decides only when the page is posted); the checker then ignores it when its condition is false.
     */
    private List<Question> shownQuestions(HttpRequest<?> request, JourneyContext context, Section section) {
        Set<String> onPage = section.questions().stream().map(Question::id).collect(Collectors.toSet());
        List<Question> dependOnEarlierPages = section.questions().stream()
                .filter(q -> q.showIf() != null && Conditions.questionIds(q.showIf()).stream().noneMatch(onPage::contains))
                .toList();
        if (dependOnEarlierPages.isEmpty()) {
            return section.questions();
        }
        Map<String, Answer> earlier = new LinkedHashMap<>(journeys.draft(request, context)
                .map(d -> journeys.answers(context.definition(), d.state())).orElse(Map.of()));
        onPage.forEach(earlier::remove);
        return section.questions().stream()
                .filter(q -> !dependOnEarlierPages.contains(q) || Visibility.isShown(context.definition(), q, earlier))
                .toList();
    }
}
