package uk.gov.safervoices.portal.staff.questionnaires;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.questionnaire.ImportResult;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireTransfers;
import uk.gov.safervoices.definitions.load.ValidationError;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Import a questionnaire file as a draft: uploaded ({@code multipart/form-data}) or pasted into a text box (either
 * form posts to the same address). A file the validator refuses is shown with every error (code, line, column,
 * message) and nothing is saved.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class ImportController {
    /** The name pasted text is checked under (not a .yaml name, so it need not match the questionnaire's id). */
    static final String PASTED = "pasted text";

    private final QuestionnaireTransfers transfers;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    ImportController(QuestionnaireTransfers transfers, StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.transfers = transfers;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.QUESTIONNAIRE_IMPORT)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        return page(request, null, "", List.of(), null);
    }

    @Post(value = StaffRoutes.QUESTIONNAIRE_IMPORT, consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, StaffUser user, @Part("csrfToken") @Nullable String csrfToken,
                           @Part("file") @Nullable CompletedFileUpload file, @Part("yaml") @Nullable String yaml) {
        forms.check(request, csrfToken);
        if (file != null && file.getSize() > 0) {
            return importText(request, user, file.getFilename(), read(file));
        }
        return importText(request, user, PASTED, yaml);
    }

    @Post(value = StaffRoutes.QUESTIONNAIRE_IMPORT, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> paste(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        return importText(request, user, PASTED, Forms.first(fields, "yaml"));
    }

    private HttpResponse<?> importText(HttpRequest<?> request, StaffUser user, String fileName, String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return HttpResponse.ok(page(request, null, "", List.of(),
                    "Choose a questionnaire file, or paste the text of one"));
        }
        ImportResult result = transfers.importFile(user.actor(), fileName, yaml);
        if (!result.imported()) {
            return HttpResponse.ok(page(request, fileName, PASTED.equals(fileName) ? yaml : "", result.errors(),
                    null));
        }
        var version = result.saved().version();
        return HttpResponse.seeOther(URI.create(StaffRoutes.questionnaire(version.questionnaireId())))
                .cookie(flash.cookie(StaffFlash.Notice.of("Imported as draft version " + version.versionNumber())));
    }

    private static String read(CompletedFileUpload file) {
        try {
            String text = new String(file.getBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, String fileName, String yaml,
                                                   List<ValidationError> errors, String missing) {
        boolean failed = !errors.isEmpty() || missing != null;
        Map<String, Object> model = pages.model(request, (failed ? "Error: " : "") + "Import a questionnaire file");
        model.put("formAction", StaffRoutes.QUESTIONNAIRE_IMPORT);
        model.put("questionnairesUrl", StaffRoutes.QUESTIONNAIRES);
        model.put("yaml", yaml);
        if (missing != null) {
            model.put("missing", missing);
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList",
                    List.of(Map.of("text", missing, "href", "#file"))));
        } else if (!errors.isEmpty()) {
            model.put("fileName", fileName);
            model.put("errors", QuestionnaireViews.errors(errors));
            model.put("errorSummary", QuestionnaireViews.summary(errors, "#validation-errors"));
        }
        return new ModelAndView<>("staff/questionnaires/import", model);
    }
}
