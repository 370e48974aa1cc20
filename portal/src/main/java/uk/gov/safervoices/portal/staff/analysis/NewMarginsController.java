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
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Uploads population margins: a name, the area, the source and the figures as CSV ({@code variable,category,
 * population}), uploaded or pasted (either form posts to the same address). Nothing is saved while anything is
 * wrong; the CSV's problems are listed with their line and column.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ANALYST)
class NewMarginsController {
    private final MarginSets marginSets;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    NewMarginsController(MarginSets marginSets, StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.marginSets = marginSets;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.ANALYSIS_NEW_MARGINS)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        MarginsForm.Posted blank = MarginsForm.Posted.blank();
        return page(request, blank, new MarginsForm.Checked(Map.of(), List.of(), List.of()));
    }

    @Post(value = StaffRoutes.ANALYSIS_NEW_MARGINS, consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, StaffUser user, @Part("csrfToken") @Nullable String csrfToken,
                           @Part("name") @Nullable String name, @Part("area") @Nullable String area,
                           @Part("source") @Nullable String source, @Part("file") @Nullable CompletedFileUpload file,
                           @Part("csv") @Nullable String csv) {
        forms.check(request, csrfToken);
        return create(request, user, MarginsForm.Posted.parts(name, area, source, file, csv));
    }

    @Post(value = StaffRoutes.ANALYSIS_NEW_MARGINS, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> paste(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        return create(request, user, MarginsForm.Posted.fields(forms.read(request, body)));
    }

    private HttpResponse<?> create(HttpRequest<?> request, StaffUser user, MarginsForm.Posted posted) {
        MarginsForm.Checked checked = MarginsForm.check(posted, name -> marginSets.nameTaken(name, null));
        if (!checked.ok()) {
            return HttpResponse.ok(page(request, posted, checked));
        }
        MarginSet created = marginSets.create(user.actor(), posted.description(), checked.margins());
        return HttpResponse.seeOther(URI.create(StaffRoutes.marginSet(created.id())))
                .cookie(flash.cookie(StaffFlash.Notice.of("Population margins uploaded: " + created.name())));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, MarginsForm.Posted posted,
                                                   MarginsForm.Checked checked) {
        Map<String, Object> model = pages.model(request, (checked.ok() ? "" : "Error: ")
                + "Upload population margins");
        model.put("backUrl", StaffRoutes.ANALYSIS);
        model.put("formAction", StaffRoutes.ANALYSIS_NEW_MARGINS);
        model.put("button", "Upload margins");
        MarginsForm.addTo(model, posted, checked);
        return new ModelAndView<>("staff/analysis/margins-new", model);
    }
}
