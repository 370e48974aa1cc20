package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.coding.CodingThemes;
import uk.gov.safervoices.admin.coding.FreeTextCoding;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A theme's forms (ADR 0023): rename it (its code, so its answers, stay), merge it into another theme or a concern
 * of the catalogue, delete it when no answer has it. Analysts only; each is audited and moves the coding revision
 * on; 303 with a notice, or the theme's page again with GOV.UK's error summary.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ANALYST)
class ThemeActionsController {
    private final Consultations consultations;
    private final CodingThemes themes;
    private final ThemesView view;
    private final StaffForms forms;
    private final StaffFlash flash;

    ThemeActionsController(Consultations consultations, CodingThemes themes, ThemesView view, StaffForms forms,
                           StaffFlash flash) {
        this.consultations = consultations;
        this.themes = themes;
        this.view = view;
        this.forms = forms;
        this.flash = flash;
    }

    /** The consultation and theme a form was posted for. */
    private record Posted(Consultation consultation, CodingThemes.Theme theme, Map<String, List<String>> form) {
        String field(String name) {
            String value = Forms.first(form, name);
            return value == null ? "" : value.strip();
        }
    }

    private Optional<Posted> posted(HttpRequest<?> request, String body, long id, String code) {
        Map<String, List<String>> form = forms.read(request, body);
        return consultations.byId(id).flatMap(c -> ThemesController.find(themes, c.id(), code)
                .map(theme -> new Posted(c, theme, form)));
    }

    @Post(StaffRoutes.ANALYSIS_CODING_THEME_RENAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rename(HttpRequest<?> request, StaffUser user, @PathVariable long id, @PathVariable String code,
                           @Nullable @Body String body) {
        Optional<Posted> found = posted(request, body, id, code);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Posted posted = found.get();
        String name = posted.field("name");
        String description = posted.field("description");
        boolean changed;
        try {
            changed = themes.rename(user.actor(), id, posted.theme().code(), name, description);
        } catch (FreeTextCoding.ThemeException e) {
            return HttpResponse.ok(view.theme(request, posted.consultation(), posted.theme(), new ThemesView.Again(
                    Map.of("name", name, "description", description), Map.of(e.getMessage().contains("description")
                    ? "description" : "name", e.getMessage()))));
        }
        String now = themes.theme(id, posted.theme().code()).map(CodingThemes.Theme::name).orElse(name);
        String message = !changed ? "Nothing changed"
                : now.equals(posted.theme().name()) ? "“" + now + "” saved"
                : "“" + posted.theme().name() + "” is now called “" + now + "”: its answers keep it";
        return HttpResponse.seeOther(URI.create(StaffRoutes.codingTheme(id, code, null)))
                .cookie(flash.cookie(StaffFlash.Notice.of(message)));
    }

    @Post(StaffRoutes.ANALYSIS_CODING_THEME_MERGE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> merge(HttpRequest<?> request, StaffUser user, @PathVariable long id, @PathVariable String code,
                          @Nullable @Body String body) {
        Optional<Posted> found = posted(request, body, id, code);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Posted posted = found.get();
        String into = posted.field("into");
        CodingThemes.Merged merged;
        try {
            if (into.isEmpty()) {
                throw new IllegalArgumentException("none chosen");
            }
            merged = themes.merge(user.actor(), id, posted.theme().code(), into);
        } catch (IllegalArgumentException e) {
            return HttpResponse.ok(view.theme(request, posted.consultation(), posted.theme(), new ThemesView.Again(
                    Map.of("into", into), Map.of("into", "Choose the theme or concern to merge “"
                    + posted.theme().name() + "” into"))));
        }
        String message = "“" + posted.theme().name() + "” merged into “" + merged.targetName() + "”: "
                + ThemesView.answers(merged.answers()) + " now coded “" + merged.targetName() + "”"
                + (merged.collapsed() == 0 ? "" : " (" + merged.collapsed() + " had it already)");
        return HttpResponse.seeOther(URI.create(StaffRoutes.analysis(id, "coding/themes")))
                .cookie(flash.cookie(StaffFlash.Notice.of(message)));
    }

    @Post(StaffRoutes.ANALYSIS_CODING_THEME_DELETE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, StaffUser user, @PathVariable long id, @PathVariable String code,
                           @Nullable @Body String body) {
        Optional<Posted> found = posted(request, body, id, code);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Posted posted = found.get();
        try {
            themes.delete(user.actor(), id, posted.theme().code());
        } catch (CodingThemes.InUseException e) {
            CodingThemes.Theme now = themes.theme(id, posted.theme().code()).orElse(posted.theme());
            return HttpResponse.ok(view.theme(request, posted.consultation(), now, new ThemesView.Again(Map.of(),
                    Map.of("delete", e.getMessage()))));
        }
        return HttpResponse.seeOther(URI.create(StaffRoutes.analysis(id, "coding/themes")))
                .cookie(flash.cookie(StaffFlash.Notice.of("Theme “" + posted.theme().name() + "” deleted")));
    }
}
