package uk.gov.safervoices.portal.web;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.views.ModelAndView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.transaction.exceptions.TransactionException;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Error pages in the site's own design: never a stack trace, and a clear "try again" when the database is down. */
@Controller
@Produces(MediaType.TEXT_HTML)
class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private final Pages pages;
    private final long maxRequestSize;

    ErrorPages(Pages pages, RequestSizeConfiguration requestSize) {
        this.pages = pages;
        this.maxRequestSize = requestSize.getMaxRequestSize();
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<ModelAndView<Map<String, Object>>> notFound() {
        return page(HttpStatus.NOT_FOUND, "Page not found", List.of(
                "If you typed the web address, check it is correct.",
                "If you pasted the web address, check you copied the entire address."));
    }

    @Error(exception = Forms.CsrfRejectedException.class, global = true)
    HttpResponse<ModelAndView<Map<String, Object>>> csrfRejected() {
        return page(HttpStatus.FORBIDDEN, "Sorry, we could not accept that form", List.of(
                "This can happen if the page was open for a long time, or cookies are turned off in your browser.",
                "Go back, reload the page and try again. This service needs cookies to keep your answers."));
    }

    /** A body over the site's limit (RequestSizeFilter, or Micronaut's own): nothing of it was read or kept. */
    @Error(exception = ContentLengthExceededException.class, global = true)
    HttpResponse<ModelAndView<Map<String, Object>>> tooLarge() {
        return page(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Sorry, what you sent is too large", List.of(
                "This site accepts forms and files up to " + RequestSizeFilter.megabytes(maxRequestSize) + " at a "
                        + "time. Nothing you sent has been saved.",
                "Go back and send less: a shorter answer, or a smaller file."));
    }

    /** A body sent without a Content-Length (chunked): browsers do not send forms so. */
    @Error(exception = RequestSizeFilter.LengthRequiredException.class, global = true)
    HttpResponse<ModelAndView<Map<String, Object>>> lengthRequired() {
        return page(HttpStatus.LENGTH_REQUIRED, "Sorry, we could not accept that form", List.of(
                "It was sent without saying how long it is. Nothing you sent has been saved.",
                "Go back and send it again from the page in your browser."));
    }

    @Error(global = true)
    HttpResponse<ModelAndView<Map<String, Object>>> unexpected(HttpRequest<?> request, Throwable e) {
        if (isDatabaseFailure(e)) {
            return unavailable(request, e);
        }
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, there is a problem with the service", List.of(
                "Try again later.", "Nothing you sent has been saved unless you were shown a reference number."));
    }

    /** Whether the database (or the connection pool in front of it) failed, anywhere in the cause chain. */
    static boolean isDatabaseFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof SQLException
                    || cause instanceof TransactionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> unavailable(HttpRequest<?> request, Throwable e) {
        // The message of a database error can quote submitted values: log its type only.
        LOG.error("Database unavailable on {} {}: {}", request.getMethod(), request.getPath(), e.getClass().getName());
        return page(HttpStatus.SERVICE_UNAVAILABLE, "Sorry, the service is unavailable", List.of(
                "We could not reach our records just now. Nothing has been saved.",
                "Go back and try again in a few minutes. Your answers on the page you were on may still be there."));
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> page(HttpStatus status, String heading, List<String> paragraphs) {
        Map<String, Object> model = pages.model(heading);
        model.put("heading", heading);
        model.put("paragraphs", paragraphs);
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>("error", model));
    }
}
