package uk.gov.safervoices.portal.staff.questionnaires;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.definitions.design.Design;
import uk.gov.safervoices.definitions.model.Questionnaire;
import uk.gov.safervoices.definitions.model.Section;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.survey.QuestionPreviews;
import uk.gov.safervoices.portal.web.Paragraphs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A version as residents will see it: its sections rendered by the survey's own code ({@link QuestionPreviews}),
 * all on one page or one a page ({@code ?section=2}), inside a "Preview" banner, with every field disabled and no
 * way to submit. A version with validation errors cannot be previewed; its errors are listed instead.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class PreviewController {
    private final QuestionnaireDesigns designs;
    private final QuestionPreviews previews;
    private final StaffPages pages;

    PreviewController(QuestionnaireDesigns designs, QuestionPreviews previews, StaffPages pages) {
        this.designs = designs;
        this.previews = previews;
        this.pages = pages;
    }

    @Get(StaffRoutes.VERSION_PREVIEW)
    HttpResponse<?> preview(HttpRequest<?> request, long id, @Nullable @QueryValue Integer section) {
        Design design;
        try {
            design = designs.open(id);
        } catch (NoSuchElementException e) {
            return HttpResponse.notFound();
        }
        long questionnaireId = QuestionnaireViews.owner(designs, id).orElseThrow().questionnaire().id();
        Map<String, Object> model;
        if (!design.valid()) {
            model = pages.model(request, "Preview");
            model.put("errors", QuestionnaireViews.designErrors(design.errors()));
        } else {
            Questionnaire definition = design.definition();
            List<Section> sections = definition.sections();
            if (section != null && (section < 1 || section > sections.size())) {
                return HttpResponse.notFound();
            }
            model = pages.model(request, "Preview: " + definition.title());
            model.put("questionnaireTitle", definition.title());
            model.put("intro", Paragraphs.of(definition.intro()));
            List<Map<String, Object>> shown = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                if (section == null || section == i + 1) {
                    shown.add(section(sections.get(i), i + 1, sections.size()));
                }
            }
            model.put("sections", shown);
            model.put("onePage", section == null);
            String base = StaffRoutes.version(id, "preview");
            model.put("allUrl", base);
            model.put("firstUrl", base + "?section=1");
            if (section != null) {
                model.put("previousUrl", section > 1 ? base + "?section=" + (section - 1) : null);
                model.put("nextUrl", section < sections.size() ? base + "?section=" + (section + 1) : null);
            }
        }
        model.put("questionnaireUrl", StaffRoutes.questionnaire(questionnaireId));
        return HttpResponse.ok(new ModelAndView<>("staff/questionnaires/preview", model));
    }

    private Map<String, Object> section(Section section, int number, int count) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", section.title());
        view.put("intro", Paragraphs.of(section.intro()));
        view.put("progress", section.equality() ? null : "Section " + number + " of " + count);
        view.put("blocks", previews.blocks(section));
        return view;
    }
}
