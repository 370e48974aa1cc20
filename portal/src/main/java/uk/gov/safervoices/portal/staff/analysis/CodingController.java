package uk.gov.safervoices.portal.staff.analysis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.coding.Codebook;
import uk.gov.safervoices.admin.coding.FreeTextCoding;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coding page (issue 6, ADR 0023): a consultation's free-text answers to one question, a page at a time, each
 * with checkboxes of codes (suggested ones first) and a box for a new theme. Analysts code; partnership members may
 * read what was coded. Saving sets the codes of every answer on the page.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class CodingController {
    /** More answers than a page ever shows: a form with more is not ours. */
    private static final int MOST_ANSWERS = 100;

    private final CodingView view;
    private final FreeTextCoding coding;
    private final StaffForms forms;
    private final StaffFlash flash;

    CodingController(CodingView view, FreeTextCoding coding, StaffForms forms, StaffFlash flash) {
        this.view = view;
        this.coding = coding;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.ANALYSIS_CODING)
    @Secured({StaffAccess.ANALYST, StaffAccess.PARTNERSHIP})
    HttpResponse<?> page(HttpRequest<?> request, @PathVariable long id) {
        Map<String, String> query = new LinkedHashMap<>();
        request.getParameters().forEach((name, values) -> query.put(name, values.get(0)));
        return view.selection(id, query).<HttpResponse<?>>map(selection -> HttpResponse.ok(view.render(request,
                selection, CodingView.Again.NONE))).orElseGet(HttpResponse::notFound);
    }

    @Post(StaffRoutes.ANALYSIS_CODING)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(StaffAccess.ANALYST)
    HttpResponse<?> save(HttpRequest<?> request, StaffUser user, @PathVariable long id, @Nullable @Body String body) {
        Map<String, List<String>> form = forms.read(request, body);
        Optional<CodingSelection> found = view.selection(id, CodingSelection.query(form));
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        CodingSelection selection = found.get();
        List<Long> ids = form.getOrDefault("answer", List.of()).stream().filter(a -> a.matches("\\d{1,18}"))
                .map(Long::valueOf).distinct().toList();
        if (selection.question() == null || ids.isEmpty() || ids.size() > MOST_ANSWERS) {
            return HttpResponse.seeOther(URI.create(selection.url(selection.page())))
                    .cookie(flash.cookie(StaffFlash.Notice.of("There were no answers to save")));
        }
        Map<Long, CodingPage.Posted> posted = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (long answer : ids) {
            String theme = form.getOrDefault("theme-" + answer, List.of("")).get(0).strip();
            posted.put(answer, new CodingPage.Posted(new LinkedHashSet<>(form.getOrDefault("codes-" + answer,
                    List.of())), theme));
            if (!theme.isEmpty() && (theme.length() > 120 || theme.chars().noneMatch(Character::isLetter))) {
                errors.put("theme-" + answer, theme.length() > 120 ? "A theme’s name must be 120 characters or fewer"
                        : "A theme’s name needs words, such as “Street lighting”");
            }
        }
        if (!errors.isEmpty()) {
            return HttpResponse.ok(view.render(request, selection, new CodingView.Again(posted, Map.of(), errors)));
        }
        Map<Long, Set<String>> codes = new LinkedHashMap<>();
        for (Map.Entry<Long, CodingPage.Posted> entry : posted.entrySet()) {
            Set<String> given = new LinkedHashSet<>(entry.getValue().codes());
            if (!entry.getValue().theme().isEmpty()) {
                given.add(themeCode(user, id, entry.getValue().theme()));
            }
            codes.put(entry.getKey(), given);
        }
        try {
            int changed = coding.code(user.actor(), id, selection.question().id(), codes);
            return HttpResponse.seeOther(URI.create(selection.url(selection.page()))).cookie(flash.cookie(
                    StaffFlash.Notice.of(changed == 0 ? "No codes changed" : "Codes saved for " + changed
                            + (changed == 1 ? " answer" : " answers"))));
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest("That form does not match this page's answers and codes: reload the page");
        }
    }

    /** The code of the theme or concern with this name, making a theme when there is none. */
    private String themeCode(StaffUser user, long consultationId, String name) {
        String wanted = name.replaceAll("\\s+", " ").toLowerCase(Locale.UK);
        Codebook codebook = coding.codebook(consultationId);
        return codebook.codes().stream().filter(c -> c.name().toLowerCase(Locale.UK).equals(wanted))
                .map(Codebook.Code::code).findFirst()
                .orElseGet(() -> coding.createTheme(user.actor(), consultationId, name, null));
    }
}
