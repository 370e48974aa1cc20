package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.coding.Codebook;
import uk.gov.safervoices.admin.coding.CodingThemes;
import uk.gov.safervoices.admin.consultation.Consultation;
import uk.gov.safervoices.admin.consultation.Consultations;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.util.Optional;

/**
 * A consultation's themes (ADR 0023): the list, which analysts and partnership members may read, and a theme's page
 * with the forms to rename, merge or delete it, for analysts.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class ThemesController {
    private final Consultations consultations;
    private final CodingThemes themes;
    private final ThemesView view;

    ThemesController(Consultations consultations, CodingThemes themes, ThemesView view) {
        this.consultations = consultations;
        this.themes = themes;
        this.view = view;
    }

    @Get(StaffRoutes.ANALYSIS_CODING_THEMES)
    @Secured({StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
    HttpResponse<?> list(HttpRequest<?> request, @PathVariable long id) {
        return consultations.byId(id).<HttpResponse<?>>map(c -> HttpResponse.ok(view.list(request, c)))
                .orElseGet(HttpResponse::notFound);
    }

    @Get(StaffRoutes.ANALYSIS_CODING_THEME)
    @Secured(StaffAccess.ANALYST)
    HttpResponse<?> theme(HttpRequest<?> request, @PathVariable long id, @PathVariable String code) {
        Optional<Consultation> consultation = consultations.byId(id);
        Optional<CodingThemes.Theme> theme = consultation.flatMap(c -> find(themes, c.id(), code));
        if (theme.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(view.theme(request, consultation.get(), theme.get(), ThemesView.Again.NONE));
    }

    /** The theme whose page this is: {@code code} as its address has it, without {@code theme:}. */
    static Optional<CodingThemes.Theme> find(CodingThemes themes, long consultationId, String code) {
        if (code == null || !code.matches("[a-z0-9_]{1,64}")) {
            return Optional.empty();
        }
        return themes.theme(consultationId, Codebook.THEME_PREFIX + code);
    }
}
