package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.coding.CodedAnswersExport;
import uk.gov.safervoices.admin.coding.FreeTextCoding;
import uk.gov.safervoices.portal.staff.CsvDownloads;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Downloads the coded answers to the coding page's question as CSV (ADR 0023). Residents' words are personal data:
 * only analysts, who code them, may download them, by a form with the CSRF token; every download is audited.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffAccess.ANALYST)
class CodingExportController {
    private final CodingView view;
    private final FreeTextCoding coding;
    private final CodedAnswersExport export;
    private final CsvDownloads downloads;
    private final StaffForms forms;
    private final StaffFlash flash;

    CodingExportController(CodingView view, FreeTextCoding coding, CodedAnswersExport export,
                           CsvDownloads downloads, StaffForms forms, StaffFlash flash) {
        this.view = view;
        this.coding = coding;
        this.export = export;
        this.downloads = downloads;
        this.forms = forms;
        this.flash = flash;
    }

    @Post(StaffRoutes.ANALYSIS_CODING_EXPORT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({CsvDownloads.CSV, MediaType.TEXT_HTML})
    HttpResponse<?> download(HttpRequest<?> request, StaffUser user, @PathVariable long id,
                             @Nullable @Body String body) {
        Map<String, List<String>> form = forms.read(request, body);
        Optional<CodingSelection> found = view.selection(id, CodingSelection.query(form));
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        CodingSelection selection = found.get();
        if (selection.question() == null) {
            return HttpResponse.seeOther(URI.create(selection.url(1))).cookie(flash.cookie(StaffFlash.Notice.of(
                    "There are no answers to download")));
        }
        String name = "coded-answers-" + selection.consultation().slug() + "-v"
                + selection.version().versionNumber() + "-" + selection.question().id() + ".csv";
        return HttpResponse.ok(downloads.streamed(out -> export.writeCsv(user.actor(), selection.scope(),
                        coding.codebook(id), out)))
                .contentType(CsvDownloads.CSV).header(HttpHeaders.CONTENT_DISPOSITION, CsvDownloads.attachment(name));
    }
}
