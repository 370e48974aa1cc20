package uk.gov.safervoices.portal.staff.priorities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.analysis.Analyses;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.admin.crime.CrimeIndicatorReports;
import uk.gov.safervoices.admin.crime.core.PlanYear;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.admin.weighting.WeightingSchemes;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
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
import java.util.Optional;

/**
 * Partnership members set a plan year's matrix: where its evidence comes from and the criterion weights, criteria
 * of their own with a score per concern, and removing those. Each form carries the revision it was opened on, so a
 * change made meanwhile by someone else is never overwritten unseen (ADR 0025).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.PARTNERSHIP)
class MatrixSettingsController {
    private static final String STALE = "Someone changed this matrix while you were editing it, so nothing was saved."
            + " The form shows what you entered: check it against the matrix and save again.";

    private final MatrixSettings settings;
    private final Consultations consultations;
    private final Analyses analyses;
    private final WeightingSchemes schemes;
    private final CrimeIndicatorReports crime;
    private final DefinitionLibrary library;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    MatrixSettingsController(MatrixSettings settings, Consultations consultations, Analyses analyses,
                             WeightingSchemes schemes, CrimeIndicatorReports crime, DefinitionLibrary library,
                             StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.settings = settings;
        this.consultations = consultations;
        this.analyses = analyses;
        this.schemes = schemes;
        this.crime = crime;
        this.library = library;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.MATRIX_SETTINGS)
    HttpResponse<?> settingsForm(HttpRequest<?> request, @PathVariable String year) {
        if (!MatrixSettings.validPlanYear(year)) {
            return HttpResponse.notFound();
        }
        Optional<MatrixSettings.Setting> setting = settings.find(year);
        List<PlanYear> crimeYears = crime.planYears();
        return HttpResponse.ok(settingsPage(request, year, MatrixForms.Sources.of(year, setting, crimeYears)));
    }

    @Post(StaffRoutes.MATRIX_SETTINGS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveSettings(HttpRequest<?> request, StaffUser user, @PathVariable String year,
                                 @Nullable @Body String body) {
        if (!MatrixSettings.validPlanYear(year)) {
            return HttpResponse.notFound();
        }
        Optional<MatrixSettings.Setting> setting = settings.find(year);
        MatrixForms.Sources form = MatrixForms.Sources.posted(forms.read(request, body), setting);
        if (!form.problems.isEmpty()) {
            return HttpResponse.ok(settingsPage(request, year, form));
        }
        try {
            settings.save(user.actor(), year, form.revision, form.sources());
        } catch (MatrixSettings.StaleException e) {
            form.problems.put("revision", STALE);
            form.revision = settings.find(year).map(MatrixSettings.Setting::revision).orElse(0);
            return HttpResponse.ok(settingsPage(request, year, form));
        }
        return done(year, "Matrix for " + year + " saved");
    }

    @Get(StaffRoutes.MATRIX_NEW_CRITERION)
    HttpResponse<?> newCriterionForm(HttpRequest<?> request, @PathVariable String year) {
        Optional<MatrixSettings.Setting> setting = valid(year).flatMap(settings::find);
        if (setting.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(criterionPage(request, year, MatrixForms.Criterion.blank(setting.get()), null));
    }

    @Post(StaffRoutes.MATRIX_NEW_CRITERION)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addCriterion(HttpRequest<?> request, StaffUser user, @PathVariable String year,
                                 @Nullable @Body String body) {
        Optional<MatrixSettings.Setting> setting = valid(year).flatMap(settings::find);
        if (setting.isEmpty()) {
            return HttpResponse.notFound();
        }
        MatrixForms.Criterion form = MatrixForms.Criterion.posted(forms.read(request, body), true, concernCodes());
        if (setting.get().criteria().stream().filter(MatrixSettings.CriterionSetting::own).count()
                >= MatrixSettings.MAX_OWN_CRITERIA) {
            form.problems.put("name", "A matrix has at most " + MatrixSettings.MAX_OWN_CRITERIA
                    + " criteria of the partnership's own: remove one first");
        }
        if (!form.problems.isEmpty()) {
            return HttpResponse.ok(criterionPage(request, year, form, null));
        }
        try {
            String code = settings.addCriterion(user.actor(), year, form.revision, form.name(), form.source(),
                    form.higherIsPriority(), form.weight());
            settings.updateCriterion(user.actor(), year, form.revision + 1, code, form.name(), form.source(),
                    form.higherIsPriority(), form.scores());
        } catch (MatrixSettings.StaleException e) {
            form.problems.put("revision", STALE);
            form.revision = settings.find(year).map(MatrixSettings.Setting::revision).orElse(0);
            return HttpResponse.ok(criterionPage(request, year, form, null));
        }
        return done(year, form.name() + " added");
    }

    @Get(StaffRoutes.MATRIX_CRITERION)
    HttpResponse<?> criterionForm(HttpRequest<?> request, @PathVariable String year, @PathVariable String code) {
        Optional<MatrixSettings.Setting> setting = valid(year).flatMap(settings::find);
        Optional<MatrixSettings.CriterionSetting> criterion = own(setting, code);
        if (criterion.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(criterionPage(request, year, MatrixForms.Criterion.of(setting.get(), criterion.get()),
                criterion.get()));
    }

    @Post(StaffRoutes.MATRIX_CRITERION)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeCriterion(HttpRequest<?> request, StaffUser user, @PathVariable String year,
                                    @PathVariable String code, @Nullable @Body String body) {
        Optional<MatrixSettings.Setting> setting = valid(year).flatMap(settings::find);
        Optional<MatrixSettings.CriterionSetting> criterion = own(setting, code);
        if (criterion.isEmpty()) {
            return HttpResponse.notFound();
        }
        MatrixForms.Criterion form = MatrixForms.Criterion.posted(forms.read(request, body), false, concernCodes());
        if (!form.problems.isEmpty()) {
            return HttpResponse.ok(criterionPage(request, year, form, criterion.get()));
        }
        try {
            settings.updateCriterion(user.actor(), year, form.revision, code, form.name(), form.source(),
                    form.higherIsPriority(), form.scores());
        } catch (MatrixSettings.StaleException e) {
            form.problems.put("revision", STALE);
            form.revision = settings.find(year).map(MatrixSettings.Setting::revision).orElse(0);
            return HttpResponse.ok(criterionPage(request, year, form, criterion.get()));
        }
        return done(year, form.name() + " saved");
    }

    @Post(StaffRoutes.MATRIX_REMOVE_CRITERION)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeCriterion(HttpRequest<?> request, StaffUser user, @PathVariable String year,
                                    @PathVariable String code, @Nullable @Body String body) {
        Optional<MatrixSettings.Setting> setting = valid(year).flatMap(settings::find);
        Optional<MatrixSettings.CriterionSetting> criterion = own(setting, code);
        if (criterion.isEmpty()) {
            return HttpResponse.notFound();
        }
        forms.read(request, body);
        // removing is not guarded by revision: whatever was changed meanwhile, the criterion goes
        settings.removeCriterion(user.actor(), year, setting.get().revision(), code);
        return done(year, criterion.get().name() + " removed");
    }

    /** One of the partnership's own criteria of the matrix (built-in ones are only weighted). */
    private static Optional<MatrixSettings.CriterionSetting> own(Optional<MatrixSettings.Setting> setting,
                                                                 String code) {
        return setting.flatMap(s -> s.criterion(code)).filter(MatrixSettings.CriterionSetting::own);
    }

    private static Optional<String> valid(String year) {
        return MatrixSettings.validPlanYear(year) ? Optional.of(year) : Optional.empty();
    }

    private List<String> concernCodes() {
        return library.catalogue().concerns().stream().map(c -> c.code()).toList();
    }

    private HttpResponse<?> done(String year, String notice) {
        return HttpResponse.seeOther(URI.create(StaffRoutes.matrix(year)))
                .cookie(flash.cookie(StaffFlash.Notice.of(notice)));
    }

    private ModelAndView<Map<String, Object>> settingsPage(HttpRequest<?> request, String year,
                                                           MatrixForms.Sources form) {
        String title = "Evidence and weights for " + year;
        Map<String, Object> model = pages.model(request, (form.problems.isEmpty() ? "" : "Error: ") + title);
        model.put("heading", title);
        model.put("formAction", StaffRoutes.matrix(year, "settings"));
        model.put("backUrl", form.revision == 0 ? StaffRoutes.MATRICES : StaffRoutes.matrix(year));
        List<MatrixForms.Option> withResponses = new ArrayList<>();
        consultations.all().stream().filter(c -> !analyses.versions(c.id()).isEmpty())
                .forEach(c -> withResponses.add(new MatrixForms.Option(Long.toString(c.id()), c.title())));
        List<MatrixForms.Option> schemeOptions = schemes.all().stream()
                .map(s -> new MatrixForms.Option(Long.toString(s.id()), s.name())).toList();
        List<MatrixForms.Option> crimeOptions = crime.planYears().stream()
                .map(y -> new MatrixForms.Option(Integer.toString(y.startYear()), y.label())).toList();
        form.addTo(model, withResponses, schemeOptions, crimeOptions);
        return new ModelAndView<>("staff/priorities/matrix-settings", model);
    }

    private ModelAndView<Map<String, Object>> criterionPage(HttpRequest<?> request, String year,
                                                            MatrixForms.Criterion form,
                                                            MatrixSettings.CriterionSetting existing) {
        String title = existing == null ? "Add a criterion to the " + year + " matrix"
                : existing.name() + ": " + year + " matrix";
        Map<String, Object> model = pages.model(request, (form.problems.isEmpty() ? "" : "Error: ") + title);
        model.put("heading", title);
        model.put("formAction", existing == null ? StaffRoutes.matrix(year, "criteria/new")
                : StaffRoutes.matrix(year, "criteria/" + existing.code()));
        if (existing != null) {
            model.put("removeAction", StaffRoutes.matrix(year, "criteria/" + existing.code() + "/remove"));
        }
        model.put("backUrl", StaffRoutes.matrix(year));
        form.addTo(model, library.catalogue().concerns(), existing == null);
        return new ModelAndView<>("staff/priorities/matrix-criterion", model);
    }
}
