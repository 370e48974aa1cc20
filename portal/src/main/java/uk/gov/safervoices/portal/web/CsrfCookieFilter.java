package uk.gov.safervoices.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Sets the CSRF cookie on responses whose page issued a new token. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfCookieFilter {
    private final Csrf csrf;

    CsrfCookieFilter(Csrf csrf) {
        this.csrf = csrf;
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        csrf.cookieToSet(request).ifPresent(response::cookie);
    }
}
