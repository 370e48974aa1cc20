package uk.gov.safervoices.portal.staff.dashboard;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.portal.staff.RoleLabels;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffSection;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staff home page: the sections this person's roles allow; those not built yet say so, without a link. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.SIGNED_IN)
class DashboardController {
    private final StaffPages pages;

    DashboardController(StaffPages pages) {
        this.pages = pages;
    }

    @Get(StaffRoutes.DASHBOARD)
    ModelAndView<Map<String, Object>> dashboard(HttpRequest<?> request, StaffUser user) {
        Map<String, Object> model = pages.model(request, "Home");
        List<Map<String, Object>> sections = StaffPages.sectionsFor(user).stream().map(DashboardController::section)
                .toList();
        model.put("sections", sections);
        model.put("roles", RoleLabels.labels(user.roles()));
        model.put("passwordUrl", StaffRoutes.PASSWORD);
        return new ModelAndView<>("staff/dashboard", model);
    }

    private static Map<String, Object> section(StaffSection section) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", section.title());
        item.put("description", section.description());
        item.put("href", section.path());
        return item;
    }
}
