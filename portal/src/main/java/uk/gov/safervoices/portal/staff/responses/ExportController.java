package uk.gov.safervoices.portal.staff.responses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import uk.gov.safervoices.admin.export.EqualitySummary;
import uk.gov.safervoices.admin.export.ExportScope;
import uk.gov.safervoices.admin.export.ResponseExport;
import uk.gov.safervoices.portal.staff.CsvDownloads;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Downloads for analysis outside the system (ADR 0009): the responses as CSV in codes, streamed from the database
 * to the browser row by row (never held whole in memory); its JSON codebook; the equality summary (counts only).
 * Files start with a UTF-8 byte-order mark, so that Excel reads accented letters correctly.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffAccess.CONSULTATION)
class ExportController {
    static final String CSV = CsvDownloads.CSV;

    private final ResponseExport export;
    private final EqualitySummary equality;
    private final ResponseChoices choices;
    private final StaffPages pages;
    private final StaffForms forms;
    private final CsvDownloads downloads;

    ExportController(ResponseExport export, EqualitySummary equality, ResponseChoices choices, StaffPages pages,
                     StaffForms forms, CsvDownloads downloads) {
        this.export = export;
        this.equality = equality;
        this.choices = choices;
        this.pages = pages;
        this.forms = forms;
        this.downloads = downloads;
    }

    @Get(StaffRoutes.RESPONSES_EXPORT)
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        return page(request, null, null, ExportScope.INCLUDED.name(), Map.of());
    }

    @Post(StaffRoutes.RESPONSES_EXPORT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({CSV, MediaType.TEXT_HTML})
    HttpResponse<?> responses(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Form form = read(request, body);
        if (form.chosen.isEmpty()) {
            return HttpResponse.ok(page(request, form.consultationId, form.versionId, form.scopeText, form.problems))
                    .contentType(MediaType.TEXT_HTML_TYPE);
        }
        ResponseChoices.Chosen chosen = form.chosen.get();
        String name = "responses-" + chosen.consultation().slug() + "-v" + chosen.version().versionNumber() + "-"
                + form.scope.name().toLowerCase() + ".csv";
        return HttpResponse.ok(downloads.streamed(out -> export.writeCsv(user.actor(), chosen.consultation(),
                        chosen.version(), form.scope, out)))
                .contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, CsvDownloads.attachment(name));
    }

    @Post(StaffRoutes.RESPONSES_EXPORT_CODEBOOK)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    HttpResponse<?> codebook(HttpRequest<?> request, @Nullable @Body String body) throws IOException {
        Form form = read(request, body);
        if (form.chosen.isEmpty()) {
            return HttpResponse.ok(page(request, form.consultationId, form.versionId, form.scopeText, form.problems))
                    .contentType(MediaType.TEXT_HTML_TYPE);
        }
        ResponseChoices.Chosen chosen = form.chosen.get();
        StringWriter json = new StringWriter();
        export.writeCodebook(export.codebook(chosen.consultation(), chosen.version(), form.scope), json);
        String name = "codebook-" + chosen.consultation().slug() + "-v" + chosen.version().versionNumber() + "-"
                + form.scope.name().toLowerCase() + ".json";
        return HttpResponse.ok(json.toString().getBytes(StandardCharsets.UTF_8))
                .contentType("application/json; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, CsvDownloads.attachment(name));
    }

    @Post(StaffRoutes.RESPONSES_EXPORT_EQUALITY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({CSV, MediaType.TEXT_HTML})
    HttpResponse<?> equality(HttpRequest<?> request, StaffUser user, @Nullable @Body String body)
            throws IOException {
        Form form = read(request, body);
        if (form.chosen.isEmpty()) {
            return HttpResponse.ok(page(request, form.consultationId, form.versionId, form.scopeText, form.problems))
                    .contentType(MediaType.TEXT_HTML_TYPE);
        }
        ResponseChoices.Chosen chosen = form.chosen.get();
        // counts only: a few rows per equality answer, small enough to build here
        StringWriter csv = new StringWriter();
        csv.write('\uFEFF');
        equality.writeCsv(user.actor(), chosen.consultation(), chosen.version(), csv);
        String name = "equality-summary-" + chosen.consultation().slug() + "-v" + chosen.version().versionNumber()
                + ".csv";
        return HttpResponse.ok(csv.toString().getBytes(StandardCharsets.UTF_8)).contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, CsvDownloads.attachment(name));
    }

    private Form read(HttpRequest<?> request, String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Form form = new Form();
        form.consultationId = ResponseChoices.number(Forms.first(fields, "consultation"));
        form.versionId = ResponseChoices.number(Forms.first(fields, "version"));
        form.scopeText = Forms.first(fields, "scope");
        form.scope = ExportScope.ALL.name().equals(form.scopeText) ? ExportScope.ALL : ExportScope.INCLUDED;
        if (form.consultationId == null || choices.consultation(form.consultationId).isEmpty()) {
            form.problems.put("consultation", "Select the consultation");
        }
        if (form.versionId == null) {
            form.problems.put("version", "Select the questionnaire version");
        }
        if (form.problems.isEmpty()) {
            form.chosen = choices.chosen(form.consultationId, form.versionId);
            if (form.chosen.isEmpty()) {
                form.problems.put("version", "Select a version of a questionnaire this consultation runs");
            }
        }
        return form;
    }

    private static final class Form {
        Long consultationId;
        Long versionId;
        String scopeText;
        ExportScope scope;
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<ResponseChoices.Chosen> chosen = Optional.empty();
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Long consultationId, Long versionId,
                                                   String scope, Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + "Export responses");
        model.put("responsesUrl", StaffRoutes.RESPONSES);
        model.put("formAction", StaffRoutes.RESPONSES_EXPORT);
        model.put("codebookAction", StaffRoutes.RESPONSES_EXPORT_CODEBOOK);
        model.put("equalityAction", StaffRoutes.RESPONSES_EXPORT_EQUALITY);
        model.put("consultationSelect", ResponseChoices.select("consultation", "Consultation",
                choices.consultationItems(consultationId, "Select a consultation"), problems.get("consultation")));
        model.put("versionSelect", ResponseChoices.select("version", "Questionnaire version",
                choices.versionItems(versionId, "Select a version"), problems.get("version")));
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("value", ExportScope.INCLUDED.name(), "text", "Included responses only",
                "hint", Map.of("text", "Those counted in analysis"), "checked", !"ALL".equals(scope)));
        items.add(Map.of("value", ExportScope.ALL.name(), "text", "All responses",
                "hint", Map.of("text", "Duplicates, spam and tests too, with their status"),
                "checked", "ALL".equals(scope)));
        Map<String, Object> radios = new HashMap<>();
        radios.put("name", "scope");
        radios.put("fieldset", Map.of("legend", Map.of("text", "Which responses", "classes",
                "govuk-fieldset__legend--s")));
        radios.put("items", items);
        model.put("scopeRadios", radios);
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/responses/export", model);
    }
}
