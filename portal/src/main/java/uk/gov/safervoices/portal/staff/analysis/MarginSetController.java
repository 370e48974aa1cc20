package uk.gov.safervoices.portal.staff.analysis;

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
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
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
 * A set of population margins: its description and figures, variable by variable with their totals, and a form to
 * replace the figures (uploaded or pasted, as for new margins). Replacing keeps the set's id, so the weighting
 * schemes using it weight to the new figures; the service audits it.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ANALYST)
class MarginSetController {
    private final MarginSets marginSets;
    private final WeightingSchemes schemes;
    private final MarginSetPage page;
    private final StaffForms forms;
    private final StaffFlash flash;

    MarginSetController(MarginSets marginSets, WeightingSchemes schemes, MarginSetPage page, StaffForms forms,
                        StaffFlash flash) {
        this.marginSets = marginSets;
        this.schemes = schemes;
        this.page = page;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.ANALYSIS_MARGINS)
    HttpResponse<?> show(HttpRequest<?> request, long id) {
        return marginSets.find(id).<HttpResponse<?>>map(set -> HttpResponse.ok(page.render(request, set,
                schemes.all(), MarginsForm.Posted.describing(set),
                new MarginsForm.Checked(Map.of(), List.of(), List.of())))).orElseGet(HttpResponse::notFound);
    }

    @Post(value = StaffRoutes.ANALYSIS_MARGINS, consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, StaffUser user, long id,
                           @Part("csrfToken") @Nullable String csrfToken, @Part("name") @Nullable String name,
                           @Part("area") @Nullable String area, @Part("source") @Nullable String source,
                           @Part("file") @Nullable CompletedFileUpload file, @Part("csv") @Nullable String csv) {
        forms.check(request, csrfToken);
        return replace(request, user, id, MarginsForm.Posted.parts(name, area, source, file, csv));
    }

    @Post(value = StaffRoutes.ANALYSIS_MARGINS, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> paste(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        return replace(request, user, id, MarginsForm.Posted.fields(forms.read(request, body)));
    }

    private HttpResponse<?> replace(HttpRequest<?> request, StaffUser user, long id, MarginsForm.Posted posted) {
        Optional<MarginSet> set = marginSets.find(id);
        if (set.isEmpty()) {
            return HttpResponse.notFound();
        }
        MarginsForm.Checked checked = MarginsForm.check(posted, name -> marginSets.nameTaken(name, id));
        if (!checked.ok()) {
            return HttpResponse.ok(page.render(request, set.get(), schemes.all(), posted, checked));
        }
        MarginSet replaced = marginSets.replace(user.actor(), id, posted.description(), checked.margins());
        return HttpResponse.seeOther(URI.create(StaffRoutes.marginSet(id)))
                .cookie(flash.cookie(StaffFlash.Notice.of("Figures replaced: " + replaced.name())));
    }
}
