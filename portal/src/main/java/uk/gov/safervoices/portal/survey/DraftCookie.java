package uk.gov.safervoices.portal.survey;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import uk.gov.safervoices.portal.web.CookieSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The cookie that carries a resident's draft token, scoped to one consultation's pages. */
@Singleton
class DraftCookie {
    static final String NAME = "sv_draft";
    private final CookieSettings settings;

    DraftCookie(CookieSettings settings) {
        this.settings = settings;
    }

    Optional<String> token(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue);
    }

    Cookie set(JourneyContext context, String token, Instant expires, Instant now) {
        return Cookie.of(NAME, token).path(context.draftCookiePath()).httpOnly(true).sameSite(SameSite.Lax)
                .secure(settings.isSecure()).maxAge(Duration.between(now, expires).toSeconds());
    }

    Cookie clear(JourneyContext context) {
        return Cookie.of(NAME, "").path(context.draftCookiePath()).httpOnly(true).sameSite(SameSite.Lax)
                .secure(settings.isSecure()).maxAge(0);
    }
}
