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
import java.util.Optional;

/**
 * A weighting scheme's page: its settings in the same form as a new one, changed in place (the service audits the
 * change and moves the analysis revision on, so cached results are recomputed).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ANALYST)
class SchemeController {
    private final WeightingSchemes schemes;
    private final MarginSets marginSets;
    private final SchemePage page;
    private final StaffForms forms;
    private final StaffFlash flash;

    SchemeController(WeightingSchemes schemes, MarginSets marginSets, SchemePage page, StaffForms forms,
                     StaffFlash flash) {
        this.schemes = schemes;
        this.marginSets = marginSets;
        this.page = page;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.ANALYSIS_SCHEME)
    HttpResponse<?> show(HttpRequest<?> request, long id) {
        return schemes.find(id).<HttpResponse<?>>map(scheme -> HttpResponse.ok(page.render(request, scheme,
                marginSets.all(), SchemeForm.Values.of(scheme), Map.of()))).orElseGet(HttpResponse::notFound);
    }

    @Post(StaffRoutes.ANALYSIS_SCHEME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        SchemeForm.Values values = SchemeForm.Values.posted(forms.read(request, body));
        Optional<WeightingScheme> scheme = schemes.find(id);
        if (scheme.isEmpty()) {
            return HttpResponse.notFound();
        }
        List<MarginSet> sets = marginSets.all();
        SchemeForm.Checked checked = SchemeForm.check(values, sets, name -> schemes.nameTaken(name, id));
        if (!checked.ok()) {
            return HttpResponse.ok(page.render(request, scheme.get(), sets, values, checked.problems()));
        }
        WeightingScheme saved = schemes.update(user.actor(), id, checked.settings().orElseThrow());
        return HttpResponse.seeOther(URI.create(StaffRoutes.weightingScheme(id)))
                .cookie(flash.cookie(StaffFlash.Notice.of("Weighting scheme saved: " + saved.name())));
    }
}
