package uk.gov.safervoices.portal.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * On staff responses: clears a notice once a page has shown it, and re-issues the sign-in token of an active
 * person every few minutes ({@code safervoices.staff.refresh-after}) so the idle timeout counts from their last
 * request, unless the page already set or cleared the token (sign-in, sign-out, password change).
 */
@ServerFilter(StaffRoutes.ROOT + "/**")
class StaffResponseFilter {
    private final StaffTokens tokens;
    private final StaffFlash flash;

    StaffResponseFilter(StaffTokens tokens, StaffFlash flash) {
        this.tokens = tokens;
        this.flash = flash;
    }

    @ResponseFilter
    void afterStaffPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(StaffFlash.READ_ATTRIBUTE, Boolean.class).orElse(false)) {
            response.cookie(flash.cleared());
        }
        if (request.getAttribute(StaffTokens.ISSUED_ATTRIBUTE, Boolean.class).orElse(false)
                || response.getStatus().getCode() >= 400) {
            return;
        }
        StaffUser.of(request).filter(tokens::dueForRefresh)
                .ifPresent(user -> response.cookie(tokens.reissue(request, user, user.sessionVersion())));
    }
}
