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
import uk.gov.safervoices.admin.concern.CatalogueConflictException;
import uk.gov.safervoices.admin.concern.ConcernCatalogues;
import uk.gov.safervoices.definitions.design.CatalogueEdits;
import uk.gov.safervoices.definitions.model.Concern;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Add a concern (code, name, description), or change a concern's name and description: its code never changes.
 * Problems are shown against the fields with what was typed kept; a save over someone else's is refused.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured({StaffAccess.CONSULTATION, StaffAccess.ANALYST})
class ConcernFormController {
    private final ConcernCatalogues catalogues;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    ConcernFormController(ConcernCatalogues catalogues, StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.catalogues = catalogues;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    /** What the form holds: the code (typed, or the concern's), name, description and the version opened. */
    private record Typed(String code, String name, String description, String expectedSha) {
    }

    @Get(StaffRoutes.NEW_CONCERN)
    ModelAndView<Map<String, Object>> newForm(HttpRequest<?> request) {
        return page(request, null, new Typed("", "", "", catalogues.current().version().sha256()), Map.of());
    }

    @Post(StaffRoutes.NEW_CONCERN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Typed typed = typed(forms.read(request, body), null);
        try {
            ConcernCatalogues.Outcome outcome = catalogues.add(user.actor(), typed.expectedSha(), typed.code(),
                    typed.name(), typed.description());
            if (!outcome.ok()) {
                return HttpResponse.ok(page(request, null, typed, problems(outcome)));
            }
            return saved("Concern " + CatalogueEdits.tidy(typed.name()) + " added with the code "
                    + CatalogueEdits.tidy(typed.code()));
        } catch (CatalogueConflictException e) {
            return HttpResponse.ok(page(request, null, again(typed, e), Map.of("code", ConcernForms.conflict(e))));
        }
    }

    @Get(StaffRoutes.CONCERN_EDIT)
    HttpResponse<?> editForm(HttpRequest<?> request, String code) {
        ConcernCatalogues.Current current = catalogues.current();
        Optional<Concern> concern = current.file().catalogue().concern(code);
        if (concern.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(page(request, concern.get(), new Typed(code, concern.get().name(),
                Optional.ofNullable(concern.get().description()).orElse(""), current.version().sha256()), Map.of()));
    }

    @Post(StaffRoutes.CONCERN_EDIT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, StaffUser user, String code, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Optional<Concern> concern = catalogues.current().file().catalogue().concern(code);
        if (concern.isEmpty()) {
            return HttpResponse.notFound();
        }
        Typed typed = typed(fields, code);
        try {
            ConcernCatalogues.Outcome outcome = catalogues.change(user.actor(), typed.expectedSha(), code,
                    typed.name(), typed.description());
            if (!outcome.ok()) {
                return HttpResponse.ok(page(request, concern.get(), typed, problems(outcome)));
            }
            return saved("Concern " + code + " saved");
        } catch (CatalogueConflictException e) {
            return HttpResponse.ok(page(request, concern.get(), again(typed, e),
                    Map.of("name", ConcernForms.conflict(e))));
        }
    }

    private HttpResponse<?> saved(String message) {
        return HttpResponse.seeOther(URI.create(StaffRoutes.CONCERNS))
                .cookie(flash.cookie(StaffFlash.Notice.of(message)));
    }

    private Typed typed(Map<String, List<String>> fields, String code) {
        String expectedSha = Forms.first(fields, "expectedSha");
        return new Typed(code != null ? code : orEmpty(Forms.first(fields, "code")),
                orEmpty(Forms.first(fields, "name")), orEmpty(Forms.first(fields, "description")),
                expectedSha == null || expectedSha.isBlank() ? catalogues.current().version().sha256() : expectedSha);
    }

    /** After a conflict: what was typed, against the version now in force (saving again applies it to that). */
    private static Typed again(Typed typed, CatalogueConflictException e) {
        return new Typed(typed.code(), typed.name(), typed.description(), e.latest().sha256());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Map<String, String> problems(ConcernCatalogues.Outcome outcome) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (CatalogueEdits.Problem problem : outcome.problems()) {
            problems.putIfAbsent(problem.field(), problem.message());
        }
        return problems;
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Concern editing, Typed typed,
                                                   Map<String, String> problems) {
        String heading = editing == null ? "Add a concern" : "Change " + editing.name();
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + heading);
        model.put("heading", heading);
        model.put("backUrl", StaffRoutes.CONCERNS);
        model.put("adding", editing == null);
        model.put("code", typed.code());
        model.put("expectedSha", typed.expectedSha());
        model.put("formAction", editing == null ? StaffRoutes.NEW_CONCERN : StaffRoutes.concern(editing.code(), "edit"));
        if (editing == null) {
            model.put("codeField", FormFields.input("code", "Code", typed.code(), problems.get("code"))
                    .with("classes", "govuk-input--width-20").with("spellcheck", false)
                    .with("hint", Map.of("text", "Lower case letters, digits and underscores, starting with a letter,"
                            + " like bike_theft. Questionnaires and crime types map to it by this code. It can never"
                            + " be changed, and never used again for another concern")).map());
        } else if (problems.containsKey("code")) {
            problems = new LinkedHashMap<>(problems);
            problems.put("name", problems.remove("code"));
        }
        model.put("nameField", FormFields.input("name", "Name", typed.name(), problems.get("name"))
                .with("hint", Map.of("text", "As residents and the partnership would say it, like Bicycle theft."
                        + " Shown to staff and in the published summary")).map());
        Map<String, Object> description = FormFields.input("description", "Description (optional)",
                typed.description(), problems.get("description"))
                .with("rows", 2).with("hint", Map.of("text", "One sentence: what it covers")).map();
        model.put("descriptionField", description);
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/concerns/form", model);
    }
}
