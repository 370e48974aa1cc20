package uk.gov.safervoices.portal.staff.crime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.crime.CrimeFile;
import uk.gov.safervoices.admin.crime.CrimeFileProblem;
import uk.gov.safervoices.admin.crime.CrimeImports;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Imports police recorded crime: one or more data.police.uk street-level CSV files, or ZIPs of them, in one go.
 * Every file is read before anything is saved; if any row cannot be read, the rows are listed by file and line and
 * nothing is imported. A month imported again replaces that month's figures.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ANALYST)
class CrimeImportController {
    private final CrimeImports imports;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;
    private final ExecutorService executor;
    private final long maxUploadSize;

    CrimeImportController(CrimeImports imports, StaffPages pages, StaffForms forms, StaffFlash flash,
                          @Named(TaskExecutors.BLOCKING) ExecutorService executor, CrimeUpload upload) {
        this.imports = imports;
        this.maxUploadSize = upload.getMaxUploadSize();
        this.executor = executor;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.CRIME_IMPORT)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        return page(request, List.of(), null);
    }

    /** The files arrive as many parts of one name; the import itself runs on a blocking thread. */
    @Post(value = StaffRoutes.CRIME_IMPORT, consumes = MediaType.MULTIPART_FORM_DATA)
    CompletableFuture<HttpResponse<?>> upload(HttpRequest<?> request, StaffUser user, @Body MultipartBody body) {
        return UploadedParts.collect(body).thenApplyAsync(parts -> {
            forms.check(request, parts.field("csrfToken"));
            List<CrimeFile> files = new ArrayList<>();
            try {
                parts.files().forEach(file -> files.addAll(CrimeFile.expand(file.name(), file.bytes())));
            } catch (IllegalArgumentException e) {
                return HttpResponse.ok(page(request, List.of(), e.getMessage()));
            }
            return importFiles(request, user, files);
        }, executor);
    }

    /** A form posted without a file (or by a script) is asked for one. */
    @Post(value = StaffRoutes.CRIME_IMPORT, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withoutFiles(HttpRequest<?> request, @Nullable @Body String body) {
        forms.read(request, body);
        return HttpResponse.ok(page(request, List.of(), null));
    }

    /**
     * Files larger than this route accepts in one request ({@code safervoices.crime.max-upload-size}): the form
     * again, saying so (nothing was read).
     */
    @Error(exception = ContentLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(page(request, List.of(), "The files are"
                + " larger than this site accepts in one upload (" + (maxUploadSize / (1024 * 1024)) + " MB): upload"
                + " fewer months at a time, or as ZIP files"));
    }

    private HttpResponse<?> importFiles(HttpRequest<?> request, StaffUser user, List<CrimeFile> files) {
        if (files.isEmpty()) {
            return HttpResponse.ok(page(request, List.of(), null));
        }
        CrimeImports.Outcome outcome = imports.importFiles(user.actor(), files);
        if (!outcome.ok()) {
            return HttpResponse.ok(page(request, outcome.reading().problems(), null));
        }
        return HttpResponse.seeOther(URI.create(StaffRoutes.CRIME))
                .cookie(flash.cookie(StaffFlash.Notice.of(CrimeNotices.imported(outcome))));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, List<CrimeFileProblem> problems,
                                                   String fileError) {
        boolean posted = request.getMethodName().equals("POST");
        String missing = posted && problems.isEmpty() && fileError == null
                ? "Choose one or more street-level CSV files from data.police.uk, or a ZIP of them" : fileError;
        Map<String, Object> model = pages.model(request, (missing != null || !problems.isEmpty() ? "Error: " : "")
                + "Import police recorded crime");
        model.put("backUrl", StaffRoutes.CRIME);
        model.put("formAction", StaffRoutes.CRIME_IMPORT);
        model.put("mappingsUrl", StaffRoutes.CRIME_MAPPINGS);
        CrimeProblems.addTo(model, problems, missing, "files");
        return new ModelAndView<>("staff/crime/import", model);
    }
}
