package uk.gov.safervoices.portal.staff;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.core.io.Writable;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Map;

/**
 * What a staff request that Micronaut Security turned away gets:
 * <ul>
 *   <li>signed out (or an ended or expired token): a browser asking for HTML is sent to the sign-in page (303);
 *       anything else gets 401. A stale token cookie is cleared.</li>
 *   <li>signed in with a one-time password: sent to the password page (303).</li>
 *   <li>signed in without the role the page needs: 403 with a page in the staff design.</li>
 * </ul>
 * The security filter runs outside the views filter, so the 403 page is rendered here. {@link StaffErrorPages}
 * routes {@code AuthorizationException} here ahead of the site's catch-all error page.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class StaffAuthorizationHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
    private static final String FORBIDDEN_VIEW = "staff/forbidden";
    private final StaffPages pages;
    private final StaffTokens tokens;
    private final ViewsRendererLocator views;

    StaffAuthorizationHandler(StaffPages pages, StaffTokens tokens, ViewsRendererLocator views) {
        this.pages = pages;
        this.tokens = tokens;
        this.views = views;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (request.getAttribute(PasswordChangeRule.ATTRIBUTE, Boolean.class).orElse(false)) {
            return HttpResponse.seeOther(URI.create(StaffRoutes.PASSWORD));
        }
        if (exception.isForbidden()) {
            return forbidden(request);
        }
        MutableHttpResponse<?> response = acceptsHtml(request)
                ? HttpResponse.seeOther(URI.create(StaffRoutes.SIGN_IN))
                : HttpResponse.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_PLAIN_TYPE)
                        .body("Sign in first");
        if (request.getCookies().contains(StaffTokens.COOKIE)) {
            response.cookie(tokens.clear(request));
        }
        return response;
    }

    private MutableHttpResponse<?> forbidden(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "You do not have permission to see this page");
        @SuppressWarnings("unchecked")
        ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer = views
                .resolveViewsRenderer(FORBIDDEN_VIEW, MediaType.TEXT_HTML, model).orElseThrow();
        Writable page = renderer.render(FORBIDDEN_VIEW, model, request);
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML_TYPE).body(page);
    }

    private static boolean acceptsHtml(HttpRequest<?> request) {
        return request.getHeaders().accept().stream().anyMatch(type -> type.equals(MediaType.TEXT_HTML_TYPE));
    }
}
