package uk.gov.safervoices.portal.staff.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
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
import uk.gov.safervoices.admin.audit.AuditEvent;
import uk.gov.safervoices.admin.audit.AuditFilter;
import uk.gov.safervoices.admin.audit.AuditLog;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit log, newest first, a page at a time, filtered by actor, action and subject (a GET form). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ADMIN)
class AuditController {
    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final StaffPages pages;

    AuditController(AuditLog audit, StaffPages pages) {
        this.audit = audit;
        this.pages = pages;
    }

    @Get(StaffRoutes.AUDIT)
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request, @Nullable @QueryValue String actor,
                                           @Nullable @QueryValue String action,
                                           @Nullable @QueryValue String subjectType,
                                           @Nullable @QueryValue String subjectId,
                                           @Nullable @QueryValue Integer page) {
        AuditFilter filter = new AuditFilter(actor, action, subjectType, subjectId);
        int pageNumber = page == null || page < 1 ? 1 : page;
        Page<AuditEvent> events = audit.search(filter, pageNumber - 1, PAGE_SIZE);
        Map<String, Object> model = pages.model(request, "Audit log");
        model.put("formAction", StaffRoutes.AUDIT);
        model.put("filter", filter);
        model.put("actions", choices(audit.actions(), filter.action(), "Any action"));
        model.put("subjectTypes", choices(audit.subjectTypes(), filter.subjectType(), "Anything"));
        model.put("events", events.getContent().stream().map(AuditController::row).toList());
        model.put("total", events.getTotalSize());
        model.put("pagination", AuditPagination.of(filter, pageNumber, events.getTotalPages()));
        return new ModelAndView<>("staff/audit", model);
    }

    private static Map<String, Object> row(AuditEvent event) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("when", StaffDates.dateTime(event.occurredAt()));
        row.put("actor", event.actor());
        row.put("action", event.action());
        row.put("subject", event.subjectId() == null ? event.subjectType()
                : event.subjectType() + " " + event.subjectId());
        row.put("before", event.beforeValue());
        row.put("after", event.afterValue());
        return row;
    }

    private static List<Map<String, Object>> choices(List<String> values, String selected, String anyText) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("value", "", "text", anyText));
        for (String value : values) {
            items.add(Map.of("value", value, "text", value, "selected", value.equals(selected)));
        }
        return items;
    }
}
