package uk.gov.safervoices.portal.staff.questionnaires;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.questionnaire.ExportedFile;
import uk.gov.safervoices.admin.questionnaire.QuestionnaireTransfers;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.NoSuchElementException;

/** A version as a questionnaire file to download: its text exactly as stored. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffAccess.CONSULTATION)
class ExportController {
    static final String YAML = "application/yaml";

    private final QuestionnaireTransfers transfers;

    ExportController(QuestionnaireTransfers transfers) {
        this.transfers = transfers;
    }

    @Get(StaffRoutes.VERSION_EXPORT)
    @Produces({YAML, MediaType.TEXT_HTML})
    HttpResponse<?> export(long id) {
        ExportedFile file;
        try {
            file = transfers.export(id);
        } catch (NoSuchElementException e) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(file.yaml()).contentType(YAML + "; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
