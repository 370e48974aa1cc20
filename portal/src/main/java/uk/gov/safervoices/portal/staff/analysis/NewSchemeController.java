package uk.gov.safervoices.portal.staff.analysis;

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
import uk.gov.safervoices.admin.weighting.MarginSet;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.admin.weighting.WeightingScheme;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Creates a weighting scheme: the form is checked by {@link SchemeForm}; nothing is saved while it has problems. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ANALYST)
class NewSchemeController {
    private final WeightingSchemes schemes;
    private final MarginSets marginSets;
    private final SchemePage page;
    private final StaffForms forms;
    private final StaffFlash flash;

    NewSchemeController(WeightingSchemes schemes, MarginSets marginSets, SchemePage page, StaffForms forms,
                        StaffFlash flash) {
        this.schemes = schemes;
        this.marginSets = marginSets;
        this.page = page;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.ANALYSIS_NEW_SCHEME)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        return page.render(request, null, marginSets.all(), SchemeForm.Values.blank(), Map.of());
    }

    @Post(StaffRoutes.ANALYSIS_NEW_SCHEME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        SchemeForm.Values values = SchemeForm.Values.posted(forms.read(request, body));
        List<MarginSet> sets = marginSets.all();
        SchemeForm.Checked checked = SchemeForm.check(values, sets, name -> schemes.nameTaken(name, null));
        if (!checked.ok()) {
            return HttpResponse.ok(page.render(request, null, sets, values, checked.problems()));
        }
        WeightingScheme created = schemes.create(user.actor(), checked.settings().orElseThrow());
        return HttpResponse.seeOther(URI.create(StaffRoutes.weightingScheme(created.id())))
                .cookie(flash.cookie(StaffFlash.Notice.of("Weighting scheme created: " + created.name())));
    }
}
