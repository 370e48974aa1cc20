package uk.gov.safervoices.portal.staff.questionnaires;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.questionnaire.DraftConflictException;
import uk.gov.safervoices.admin.questionnaire.DraftSaved;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireDesigns;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireOverview;
import uk.gov.safervoices.admin.questionnaire.VersionSummary;
import uk.gov.safervoices.definitions.design.DesignError;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Edit a questionnaire's latest version as file text. Saving changes the draft, or, when the latest version is
 * published, makes a new draft (the published version never changes). A draft is saved even with validator errors,
 * which are then listed against their lines; only a draft without errors can be published. The form carries the
 * hash of the text it opened, so a save after someone else's change is refused and nothing is lost silently.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class YamlEditorController {
    private final QuestionnaireDesigns designs;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    YamlEditorController(QuestionnaireDesigns designs, StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.designs = designs;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.QUESTIONNAIRE_YAML)
    HttpResponse<?> form(HttpRequest<?> request, long id) {
        Optional<QuestionnaireOverview> overview = designs.overview(id);
        Optional<VersionSummary> latest = overview.flatMap(QuestionnaireViews::latest);
        if (latest.isEmpty()) {
            return HttpResponse.notFound();
        }
        var design = designs.open(latest.get().id());
        return HttpResponse.ok(page(request, overview.get(), latest.get(), design.yaml(),
                latest.get().sourceSha256(), design.errors(), null));
    }

    @Post(StaffRoutes.QUESTIONNAIRE_YAML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Optional<QuestionnaireOverview> overview = designs.overview(id);
        Optional<VersionSummary> latest = overview.flatMap(QuestionnaireViews::latest);
        if (latest.isEmpty()) {
            return HttpResponse.notFound();
        }
        String yaml = Forms.first(fields, "yaml");
        String expectedSha = Forms.first(fields, "expectedSha");
        if (yaml == null || yaml.isBlank()) {
            return HttpResponse.ok(page(request, overview.get(), latest.get(), "", expectedSha, List.of(),
                    "Enter the questionnaire's text"));
        }
        yaml = yaml.replace("\r\n", "\n");
        DraftSaved saved;
        try {
            saved = designs.saveDraft(user.actor(), id, yaml, expectedSha == null || expectedSha.isBlank()
                    ? latest.get().sourceSha256() : expectedSha);
        } catch (DraftConflictException e) {
            return HttpResponse.ok(page(request, overview.get(), latest.get(), yaml, expectedSha, List.of(),
                    "Someone else saved or published version " + e.latest().versionNumber()
                            + " of this questionnaire after you opened it, so your text was not saved. Copy your "
                            + "changes, reload this page and make them again."));
        }
        int problems = saved.errors().size();
        String message = "Draft version " + saved.version().versionNumber() + " saved" + (problems == 0
                ? ". It can be published"
                : ", with " + problems + (problems == 1 ? " problem" : " problems")
                + " to correct before it can be published");
        return HttpResponse.seeOther(URI.create(StaffRoutes.questionnaireYaml(id)))
                .cookie(flash.cookie(StaffFlash.Notice.of(message)));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, QuestionnaireOverview overview,
                                                   VersionSummary latest, String yaml, String expectedSha,
                                                   List<DesignError> errors, String problem) {
        Map<String, Object> model = pages.model(request, (problem == null ? "" : "Error: ") + "Edit "
                + overview.questionnaire().title() + " as a file");
        model.put("questionnaireTitle", overview.questionnaire().title());
        model.put("questionnaireUrl", StaffRoutes.questionnaire(overview.questionnaire().id()));
        model.put("formAction", StaffRoutes.questionnaireYaml(overview.questionnaire().id()));
        model.put("yaml", yaml);
        model.put("expectedSha", expectedSha);
        model.put("draft", latest.state() == VersionSummary.State.DRAFT);
        model.put("versionNumber", latest.versionNumber());
        model.put("errors", QuestionnaireViews.designErrors(errors));
        if (latest.state() == VersionSummary.State.DRAFT) {
            model.put("publishUrl", StaffRoutes.version(latest.id(), "publish"));
            model.put("previewUrl", StaffRoutes.version(latest.id(), "preview"));
        }
        if (problem != null) {
            model.put("problem", problem);
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList",
                    List.of(Map.of("text", problem, "href", "#yaml"))));
        }
        return new ModelAndView<>("staff/questionnaires/yaml", model);
    }
}
