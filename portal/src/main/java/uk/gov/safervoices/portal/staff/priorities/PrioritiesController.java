package uk.gov.safervoices.portal.staff.priorities;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.priority.Decisions;
import uk.gov.safervoices.definitions.load.DefinitionLibrary;
import uk.gov.safervoices.definitions.model.Concern;
import uk.gov.safervoices.portal.plan.AgreedAt;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The partnership's decisions on priorities: every plan year's, current and superseded, and each in full. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.PARTNERSHIP)
class PrioritiesController {
    private final Decisions decisions;
    private final DefinitionLibrary library;
    private final StaffPages pages;

    PrioritiesController(Decisions decisions, DefinitionLibrary library, StaffPages pages) {
        this.decisions = decisions;
        this.library = library;
        this.pages = pages;
    }

    @Get(StaffRoutes.PRIORITIES)
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "Priorities");
        Map<String, String> names = concernNames();
        model.put("newUrl", StaffRoutes.NEW_DECISION);
        model.put("matrixUrl", StaffRoutes.MATRICES);
        model.put("decisions", decisions.all().stream().map(d -> Map.of("planYear", d.planYear(), "current",
                d.current(), "meeting", AgreedAt.of(d.meeting(), d.decidedOn()), "url", StaffRoutes.decision(d.id()),
                "priorities", String.join(", ", d.priorities().stream()
                        .map(p -> names.getOrDefault(p.concern(), p.concern())).toList()))).toList());
        return new ModelAndView<>("staff/priorities/list", model);
    }

    @Get(StaffRoutes.DECISION)
    HttpResponse<?> decision(HttpRequest<?> request, @PathVariable long id) {
        Optional<Decisions.Decision> found = decisions.find(id);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Decisions.Decision decision = found.get();
        Map<String, Object> model = pages.model(request, "Priorities for " + decision.planYear());
        model.putAll(DecisionPages.decision(decision, concernNames()));
        model.put("backUrl", StaffRoutes.PRIORITIES);
        if (decision.current()) {
            model.put("supersedeUrl", StaffRoutes.decision(id) + "/supersede");
        } else {
            model.put("laterUrl", StaffRoutes.decision(decision.supersededBy()));
        }
        if (decision.supersedes() != null) {
            model.put("earlierUrl", StaffRoutes.decision(decision.supersedes()));
        }
        return HttpResponse.ok(new ModelAndView<>("staff/priorities/decision", model));
    }

    private Map<String, String> concernNames() {
        Map<String, String> names = new LinkedHashMap<>();
        List<Concern> concerns = library.catalogue().concerns();
        concerns.forEach(c -> names.put(c.code(), c.name()));
        return names;
    }
}
