package uk.gov.safervoices.portal.staff.crime;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.crime.CrimeFileProblem;
import uk.gov.safervoices.admin.crime.CrimeMappings;
import uk.gov.safervoices.admin.crime.LsoaWardCsv;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The mappings behind the crime indicators: each crime type's concern and harm weight (one form, all types at
 * once, with the weights' source), and the LSOA to ward lookup (uploaded as CSV, replacing the whole lookup).
 * Partnership members may read them; analysts change them, and every change is audited.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ANALYST)
class CrimeMappingsController {
    private final CrimeMappings mappings;
    private final CrimeMappingsPage page;
    private final StaffForms forms;
    private final StaffFlash flash;

    CrimeMappingsController(CrimeMappings mappings, CrimeMappingsPage page, StaffForms forms, StaffFlash flash) {
        this.mappings = mappings;
        this.page = page;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.CRIME_MAPPINGS)
    @Secured({StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
    HttpResponse<?> show(HttpRequest<?> request, StaffUser user) {
        return HttpResponse.ok(page.render(request, user, CrimeTypesForm.current(mappings), List.of(), null));
    }

    @Post(value = StaffRoutes.CRIME_MAPPINGS, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        CrimeTypesForm form = CrimeTypesForm.posted(forms.read(request, body), page.concernCodes());
        if (!form.ok()) {
            return HttpResponse.ok(page.render(request, user, form, List.of(), null));
        }
        mappings.saveCrimeTypes(user.actor(), form.settings());
        return HttpResponse.seeOther(URI.create(StaffRoutes.CRIME_MAPPINGS))
                .cookie(flash.cookie(StaffFlash.Notice.of("Crime type mappings saved")));
    }

    @Post(value = StaffRoutes.CRIME_LSOA_WARDS, consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> uploadWards(HttpRequest<?> request, StaffUser user, @Part("csrfToken") @Nullable String csrfToken,
                                @Part("lsoaFile") @Nullable CompletedFileUpload file) {
        forms.check(request, csrfToken);
        if (file == null || file.getSize() == 0) {
            return noFile(request, user);
        }
        LsoaWardCsv.Result result = LsoaWardCsv.read(file.getFilename(), text(file));
        if (!result.ok()) {
            return HttpResponse.ok(page.render(request, user, CrimeTypesForm.current(mappings), result.problems(),
                    null));
        }
        mappings.replaceLsoaWards(user.actor(), result.wards());
        return HttpResponse.seeOther(URI.create(StaffRoutes.CRIME_MAPPINGS)).cookie(flash.cookie(StaffFlash.Notice.of(
                String.format("LSOA to ward lookup replaced: %,d LSOAs. Import crimes again to count them by the new"
                        + " lookup.", result.wards().size()))));
    }

    /** A form posted without a file (or by a script) is asked for one. */
    @Post(value = StaffRoutes.CRIME_LSOA_WARDS, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withoutFile(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        forms.read(request, body);
        return noFile(request, user);
    }

    private HttpResponse<?> noFile(HttpRequest<?> request, StaffUser user) {
        return HttpResponse.ok(page.render(request, user, CrimeTypesForm.current(mappings), List.<CrimeFileProblem>of(),
                "Choose a CSV file of LSOA and ward codes"));
    }

    private static String text(CompletedFileUpload file) {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
