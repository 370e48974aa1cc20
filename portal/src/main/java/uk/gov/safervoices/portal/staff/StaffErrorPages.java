package uk.gov.safervoices.portal.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.List;
import java.util.Map;

/** Staff error pages in the staff design. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class StaffErrorPages {
    private final StaffPages pages;
    private final StaffAuthorizationHandler authorization;

    StaffErrorPages(StaffPages pages, StaffAuthorizationHandler authorization) {
        this.pages = pages;
        this.authorization = authorization;
    }

    /** A staff request Micronaut Security turned away: sign in, change password, or 403 (see the handler). */
    @Error(exception = AuthorizationException.class, global = true)
    MutableHttpResponse<?> notAllowed(HttpRequest<?> request, AuthorizationException exception) {
        return authorization.handle(request, exception);
    }

    @Error(exception = StaffForms.StaffFormRejectedException.class, global = true)
    HttpResponse<ModelAndView<Map<String, Object>>> formRejected(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "Sorry, we could not accept that form");
        model.put("heading", "Sorry, we could not accept that form");
        model.put("paragraphs", List.of(
                "This can happen if the page was open for a long time, or cookies are turned off in your browser.",
                "Go back, reload the page and try again."));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.FORBIDDEN)
                .body(new ModelAndView<>("staff/error", model));
    }
}
