package uk.gov.safervoices.portal.staff.meetings;

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
import uk.gov.safervoices.admin.meeting.ResponsibleAuthorities;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partnership's responsible authorities as it names them ("Example Borough Council"), with one more of a kind
 * where there is one (a county council beside a district council). Names a meeting lists and the public page shows.
 * Each links to retiring it ({@link RetireAuthorityController}); retired ones are listed after.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.CONSULTATION)
class AuthoritiesController {
    private final ResponsibleAuthorities authorities;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    AuthoritiesController(ResponsibleAuthorities authorities, StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.authorities = authorities;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.MEETING_AUTHORITIES)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        Map<String, String> names = new LinkedHashMap<>();
        authorities.current().forEach(a -> names.put("name" + a.id(), a.name()));
        return page(request, names, "", "", Map.of());
    }

    @Post(StaffRoutes.MEETING_AUTHORITIES)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        Map<String, String> names = new LinkedHashMap<>();
        Map<Long, String> renamed = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (ResponsibleAuthorities.Authority a : authorities.current()) {
            String posted = Forms.first(fields, "name" + a.id());
            String name = posted == null ? a.name() : posted.trim();
            names.put("name" + a.id(), name);
            if (name.isEmpty() || name.length() > ResponsibleAuthorities.MAX_NAME) {
                problems.put("name" + a.id(), "Enter the name of the " + a.kindName().toLowerCase() + " authority, in"
                        + " up to " + ResponsibleAuthorities.MAX_NAME + " characters");
            }
            renamed.put(a.id(), name);
        }
        String kind = Optional.ofNullable(Forms.first(fields, "newKind")).orElse("").trim();
        String newName = Optional.ofNullable(Forms.first(fields, "newName")).orElse("").trim();
        if (!newName.isEmpty() && authorities.kinds().stream().noneMatch(k -> k.code().equals(kind))) {
            problems.put("newKind", "Choose what kind of authority it is");
        }
        if (newName.length() > ResponsibleAuthorities.MAX_NAME) {
            problems.put("newName", "The name must be " + ResponsibleAuthorities.MAX_NAME + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            return HttpResponse.ok(page(request, names, kind, newName, problems));
        }
        authorities.rename(user.actor(), renamed);
        if (!newName.isEmpty()) {
            authorities.add(user.actor(), kind, newName);
        }
        return HttpResponse.seeOther(URI.create(StaffRoutes.MEETING_AUTHORITIES)).cookie(flash.cookie(
                StaffFlash.Notice.of("Responsible authorities saved")));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Map<String, String> names, String kind,
                                                   String newName, Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ")
                + "Responsible authorities");
        model.put("formAction", StaffRoutes.MEETING_AUTHORITIES);
        model.put("backUrl", StaffRoutes.MEETINGS);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ResponsibleAuthorities.Authority a : authorities.current()) {
            rows.add(Fields.input("name" + a.id(), a.kindName(), null, names.get("name" + a.id()), problems, null));
        }
        model.put("names", rows);
        List<Map<String, Object>> kinds = new ArrayList<>();
        kinds.add(Fields.option("", "Choose a kind", kind.isEmpty()));
        authorities.kinds().forEach(k -> kinds.add(Fields.option(k.code(), k.name(), k.code().equals(kind))));
        model.put("newKind", Fields.select("newKind", "Kind", kinds, problems));
        model.put("newName", Fields.input("newName", "Name", "For example: Exampleshire County Council", newName,
                problems, null));
        model.put("errorSummary", Fields.summary(problems));
        List<Map<String, Object>> retirable = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        for (ResponsibleAuthorities.Authority a : authorities.all()) {
            if (a.retired()) {
                retired.add(a.name() + " (" + a.kindName() + ")");
            } else {
                retirable.add(Map.of("name", a.name(), "kindName", a.kindName(), "retireUrl",
                        StaffRoutes.authorityRetire(a.id())));
            }
        }
        model.put("retirable", retirable);
        model.put("retired", retired);
        return new ModelAndView<>("staff/meetings/authorities", model);
    }
}
