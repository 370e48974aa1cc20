package uk.gov.safervoices.portal.staff.questionnaires;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.List;
import java.util.Map;

/** The questionnaires, and one questionnaire with its versions and what may be done with each. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class QuestionnairesController {
    private final QuestionnaireDesigns designs;
    private final StaffPages pages;
    private final OverviewPage overviewPage;

    QuestionnairesController(QuestionnaireDesigns designs, StaffPages pages, OverviewPage overviewPage) {
        this.designs = designs;
        this.pages = pages;
        this.overviewPage = overviewPage;
    }

    @Get(StaffRoutes.QUESTIONNAIRES)
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "Questionnaires");
        model.put("questionnaires", designs.list().stream().map(QuestionnaireViews::row).toList());
        model.put("importUrl", StaffRoutes.QUESTIONNAIRE_IMPORT);
        model.put("newUrl", StaffRoutes.NEW_QUESTIONNAIRE);
        return new ModelAndView<>("staff/questionnaires/list", model);
    }

    @Get(StaffRoutes.QUESTIONNAIRE)
    HttpResponse<?> overview(HttpRequest<?> request, long id) {
        return designs.overview(id).<HttpResponse<?>>map(o -> HttpResponse.ok(overviewPage.render(request, o, null,
                List.of()))).orElseGet(HttpResponse::notFound);
    }
}
