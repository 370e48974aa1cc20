package uk.gov.safervoices.portal.staff.crime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.crime.CrimeImports;
import uk.gov.safervoices.admin.crime.CrimeIndicatorReports;
import uk.gov.safervoices.admin.crime.core.PlanYear;
import uk.gov.safervoices.admin.weighting.MarginSets;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.util.List;
import java.util.Map;

/**
 * Police recorded crime: the indicators of a plan year per concern (volume, rate per 1,000 population, change on
 * the previous plan year, harm), chosen with a GET form (plan year; population from a set of margins or typed in),
 * and the imports so far. Analysts import and edit the mappings; partnership members read.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured({StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
class CrimeController {
    private final CrimeIndicatorReports reports;
    private final CrimeImports imports;
    private final MarginSets marginSets;
    private final CrimeIndicatorsView view;
    private final StaffPages pages;

    CrimeController(CrimeIndicatorReports reports, CrimeImports imports, MarginSets marginSets,
                    CrimeIndicatorsView view, StaffPages pages) {
        this.reports = reports;
        this.imports = imports;
        this.marginSets = marginSets;
        this.view = view;
        this.pages = pages;
    }

    @Get(StaffRoutes.CRIME)
    ModelAndView<Map<String, Object>> overview(HttpRequest<?> request, StaffUser user,
                                               @QueryValue @Nullable String year, @QueryValue @Nullable String margins,
                                               @QueryValue @Nullable String population) {
        Map<String, Object> model = pages.model(request, "Police recorded crime");
        model.put("backUrl", StaffRoutes.ANALYSIS);
        model.put("analyst", user.has(Role.ANALYST));
        model.put("importUrl", StaffRoutes.CRIME_IMPORT);
        model.put("mappingsUrl", StaffRoutes.CRIME_MAPPINGS);
        model.put("formAction", StaffRoutes.CRIME);
        List<PlanYear> years = reports.planYears();
        CrimeIndicatorsView.Choice choice = CrimeIndicatorsView.Choice.of(years, year, margins, population,
                marginSets.all());
        view.addTo(model, years, choice, marginSets.all());
        model.put("imports", imports.all().stream().map(saved -> Map.of(
                "when", StaffDates.dateTime(saved.importedAt()), "by", saved.importedBy(), "months", saved.months(),
                "rows", String.format("%,d", saved.rows()), "outside", String.format("%,d", saved.outsideRows()),
                "unknown", String.format("%,d", saved.unknownTypeRows()), "files", saved.files())).toList());
        return new ModelAndView<>("staff/crime/overview", model);
    }
}
