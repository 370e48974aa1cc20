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
import uk.gov.safervoices.admin.coding.Codebook;
import uk.gov.safervoices.admin.coding.FreeTextAnswers;
import uk.gov.safervoices.admin.coding.FreeTextCoding;
import uk.gov.safervoices.admin.coding.suggest.Words;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coding page's other forms (ADR 0023): add a code to every answer to the question that contains a word, and
 * add a theme to the consultation. Analysts only; the page comes back with errors, or 303 to it with a notice.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ANALYST)
class CodingActionsController {
    private final CodingView view;
    private final FreeTextAnswers answers;
    private final FreeTextCoding coding;
    private final StaffForms forms;
    private final StaffFlash flash;

    CodingActionsController(CodingView view, FreeTextAnswers answers, FreeTextCoding coding, StaffForms forms,
                            StaffFlash flash) {
        this.view = view;
        this.answers = answers;
        this.coding = coding;
        this.forms = forms;
        this.flash = flash;
    }

    @Post(StaffRoutes.ANALYSIS_CODING_BULK)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addToAll(HttpRequest<?> request, StaffUser user, @PathVariable long id,
                             @Nullable @Body String body) {
        Map<String, List<String>> form = forms.read(request, body);
        Optional<CodingSelection> found = view.selection(id, CodingSelection.query(form));
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        CodingSelection selection = found.get();
        String word = first(form, "word");
        String code = first(form, "code");
        Map<String, String> errors = new LinkedHashMap<>();
        if (word.isEmpty()) {
            errors.put("bulk-word", "Enter a word the answers contain");
        } else if (Words.of(word).isEmpty()) {
            errors.put("bulk-word", "“" + word + "” is too common a word to pick answers by: enter another");
        }
        Optional<Codebook.Code> chosen = coding.codebook(id).code(code);
        if (chosen.isEmpty()) {
            errors.put("bulk-code", "Choose the code to add");
        }
        if (selection.question() == null || !errors.isEmpty()) {
            return HttpResponse.ok(view.render(request, selection, new CodingView.Again(Map.of(),
                    Map.of("word", word, "code", code), errors)));
        }
        FreeTextAnswers.Scope scope = selection.scope();
        List<Long> containing = answers.containing(scope, word);
        int added = coding.addToAll(user.actor(), id, scope.questionId(), containing, code,
                "containing \"" + word + "\"");
        String message = containing.isEmpty() ? "No answer to this question contains “" + word + "”"
                : "“" + chosen.get().name() + "” added to " + added + " of the " + containing.size()
                + " answers containing “" + word + "”";
        return HttpResponse.seeOther(URI.create(selection.url(1))).cookie(flash.cookie(StaffFlash.Notice.of(message)));
    }

    @Post(StaffRoutes.ANALYSIS_CODING_THEMES)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addTheme(HttpRequest<?> request, StaffUser user, @PathVariable long id,
                             @Nullable @Body String body) {
        Map<String, List<String>> form = forms.read(request, body);
        Optional<CodingSelection> found = view.selection(id, CodingSelection.query(form));
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        String name = first(form, "name");
        String description = first(form, "description");
        try {
            coding.createTheme(user.actor(), id, name, description);
        } catch (FreeTextCoding.ThemeException e) {
            return HttpResponse.ok(view.render(request, found.get(), new CodingView.Again(Map.of(),
                    Map.of("name", name, "description", description), Map.of(e.getMessage().contains("description")
                    ? "theme-description" : "theme-name", e.getMessage()))));
        }
        return HttpResponse.seeOther(URI.create(found.get().url(found.get().page()))).cookie(flash.cookie(
                StaffFlash.Notice.of("Theme “" + name.strip() + "” added: tick it for the answers it fits")));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }
}
