package uk.gov.safervoices.portal.staff.concerns;

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
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.concern.CatalogueConflictException;
import uk.gov.safervoices.admin.concern.ConcernCatalogues;
import uk.gov.safervoices.admin.concern.ConcernUse;
import uk.gov.safervoices.definitions.model.Concern;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The concern catalogue (docs/adr/0024-concern-catalogue-editor.md): every concern with what maps to it, the retired
 * codes, the file to download; and deleting a concern nothing maps to. The consultation team and analysts edit it
 * (they map questionnaires and crime types to concerns); partnership members read it.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class ConcernsController {
    private final ConcernCatalogues catalogues;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    ConcernsController(ConcernCatalogues catalogues, StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.catalogues = catalogues;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.CONCERNS)
    @Secured({StaffAccess.CONSULTATION, StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        return page(request, catalogues.current(), null, List.of());
    }

    /** The catalogue as a file, to keep survey-definitions/catalogue/concerns.yaml in step. */
    @Get(value = StaffRoutes.CONCERNS_FILE, produces = "application/yaml")
    @Secured({StaffAccess.CONSULTATION, StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
    HttpResponse<byte[]> file() {
        return HttpResponse.ok(catalogues.current().version().yaml().getBytes(StandardCharsets.UTF_8))
                .contentType("application/yaml; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"concerns.yaml\"");
    }

    @Post(StaffRoutes.CONCERN_DELETE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({StaffAccess.CONSULTATION, StaffAccess.ANALYST})
    HttpResponse<?> delete(HttpRequest<?> request, StaffUser user, String code, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        ConcernCatalogues.Current current = catalogues.current();
        Concern concern = current.file().catalogue().concern(code).orElse(null);
        if (concern == null) {
            return HttpResponse.notFound();
        }
        String expectedSha = Forms.first(fields, "expectedSha");
        ConcernCatalogues.Outcome outcome;
        try {
            outcome = catalogues.delete(user.actor(), expectedSha == null || expectedSha.isBlank()
                    ? current.version().sha256() : expectedSha, code);
        } catch (CatalogueConflictException e) {
            return HttpResponse.ok(page(request, catalogues.current(), ConcernForms.conflict(e), List.of()));
        }
        if (!outcome.ok()) {
            return HttpResponse.ok(page(request, current, concern.name() + " (" + code + ") cannot be deleted: "
                    + outcome.inUse().size() + (outcome.inUse().size() == 1 ? " thing maps" : " things map")
                    + " to it. Change those first, or keep the concern", outcome.inUse()));
        }
        return HttpResponse.seeOther(URI.create(StaffRoutes.CONCERNS)).cookie(flash.cookie(StaffFlash.Notice.of(
                "Concern " + concern.name() + " deleted. Its code " + code + " is retired and will not be used again")));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, ConcernCatalogues.Current current,
                                                   String problem, List<ConcernUse> blocking) {
        Map<String, Object> model = pages.model(request, (problem == null ? "" : "Error: ") + "Concerns");
        boolean editor = StaffPages.has(request, Role.CONSULTATION) || StaffPages.has(request, Role.ANALYST);
        Map<String, List<ConcernUse>> uses = catalogues.uses().stream()
                .collect(Collectors.groupingBy(ConcernUse::concernCode, LinkedHashMap::new, Collectors.toList()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Concern concern : current.file().catalogue().concerns()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", concern.code());
            row.put("name", concern.name());
            row.put("description", concern.description());
            List<String> where = uses.getOrDefault(concern.code(), List.of()).stream().map(ConcernUse::where)
                    .toList();
            row.put("uses", where);
            row.put("useCount", where.size());
            row.put("editUrl", StaffRoutes.concern(concern.code(), "edit"));
            row.put("deleteUrl", where.isEmpty() ? StaffRoutes.concern(concern.code(), "delete") : null);
            rows.add(row);
        }
        model.put("concerns", rows);
        model.put("concernCount", rows.size());
        model.put("retired", current.file().catalogue().retired());
        model.put("editor", editor);
        model.put("expectedSha", current.version().sha256());
        model.put("versionNumber", current.version().versionNumber());
        model.put("savedBy", current.version().fromShippedFile() ? "shipped with Safer Voices"
                : "saved by " + current.version().createdBy());
        model.put("savedAt", StaffDates.dateTime(current.version().createdAt()));
        model.put("newUrl", StaffRoutes.NEW_CONCERN);
        model.put("fileUrl", StaffRoutes.CONCERNS_FILE);
        if (problem != null) {
            model.put("problem", problem);
            model.put("blocking", blocking.stream().map(ConcernUse::where).toList());
            model.put("errorSummary", Map.of("titleText", "There is a problem", "errorList",
                    List.of(Map.of("text", problem, "href", "#concerns"))));
        }
        return new ModelAndView<>("staff/concerns/list", model);
    }
}
