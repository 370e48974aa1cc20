package uk.gov.safervoices.portal.staff.priorities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.priority.MatrixSettings;
import uk.gov.safervoices.admin.priority.PriorityMatrices;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The priority matrix of each plan year (issue 6, ADR 0025): residents' concerns beside police recorded crime and
 * the partnership's own scores, weighted, ranked, tested against other weights, as a table, a heat map and an
 * impact x likelihood grid. Analysts and partnership members read it; partnership members change it.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured({StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
class MatrixController {
    private final MatrixSettings settings;
    private final PriorityMatrices matrices;
    private final StaffPages pages;
    private final Clock clock;

    MatrixController(MatrixSettings settings, PriorityMatrices matrices, StaffPages pages, Clock clock) {
        this.settings = settings;
        this.matrices = matrices;
        this.pages = pages;
        this.clock = clock;
    }

    @Get(StaffRoutes.MATRICES)
    ModelAndView<Map<String, Object>> index(HttpRequest<?> request, StaffUser user) {
        Map<String, Object> model = pages.model(request, "Priority matrix");
        List<String> existing = settings.planYears();
        model.put("matrices", existing.stream().map(y -> Map.of("planYear", y, "url", StaffRoutes.matrix(y)))
                .toList());
        if (user.has(Role.PARTNERSHIP)) {
            Set<String> offered = new LinkedHashSet<>(DecisionForm.planYears(LocalDate.now(clock)));
            offered.removeAll(existing);
            model.put("newYears", offered.stream().map(y -> Map.of("planYear", y, "url",
                    StaffRoutes.matrix(y, "settings"))).toList());
        }
        model.put("backUrl", user.has(Role.PARTNERSHIP) ? StaffRoutes.PRIORITIES : StaffRoutes.ANALYSIS);
        return new ModelAndView<>("staff/priorities/matrices", model);
    }

    @Get(StaffRoutes.MATRIX)
    HttpResponse<?> matrix(HttpRequest<?> request, StaffUser user, @PathVariable String year,
                           @QueryValue @Nullable String impact, @QueryValue @Nullable String likelihood) {
        if (!MatrixSettings.validPlanYear(year)) {
            return HttpResponse.notFound();
        }
        Optional<PriorityMatrices.Report> report = matrices.report(year);
        if (report.isEmpty()) {
            return user.has(Role.PARTNERSHIP) ? HttpResponse.seeOther(java.net.URI.create(
                    StaffRoutes.matrix(year, "settings"))) : HttpResponse.notFound();
        }
        Map<String, Object> model = pages.model(request, "Priority matrix " + year);
        MatrixSettings.Setting setting = report.get().setting();
        model.put("planYear", year);
        model.put("backUrl", StaffRoutes.MATRICES);
        model.put("formAction", StaffRoutes.matrix(year));
        model.put("changed", setting.updatedBy() + ", " + StaffDates.dateTime(setting.updatedAt()));
        if (user.has(Role.PARTNERSHIP)) {
            model.put("settingsUrl", StaffRoutes.matrix(year, "settings"));
            model.put("newCriterionUrl", StaffRoutes.matrix(year, "criteria/new"));
            model.put("decideUrl", StaffRoutes.NEW_DECISION + "?planYear=" + year);
            model.put("canChange", true);
        }
        MatrixPage.addTo(model, report.get(), impact == null ? "" : impact, likelihood == null ? "" : likelihood);
        return HttpResponse.ok(new ModelAndView<>("staff/priorities/matrix", model));
    }
}
