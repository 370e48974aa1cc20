package uk.gov.safervoices.portal.staff;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.portal.web.CookieSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Issues the staff sign-in cookie: a signed token (JWT, HS256) naming the account and its session version, with a
 * random id so that every sign-in gets a new value. It expires at the idle deadline or the absolute one, whichever
 * comes first. The cookie is HttpOnly, SameSite=Lax, sent only to {@code /admin}, and Secure when
 * {@code safervoices.cookies.secure} is set.
 */
@Singleton
public class StaffTokens {
    public static final String COOKIE = "sv_staff";
    public static final String VERSION_CLAIM = "ver";
    public static final String AUTH_TIME_CLAIM = "auth_time";
    /** Set on a request whose response already carries a new or cleared staff cookie. */
    static final String ISSUED_ATTRIBUTE = "safervoices.staffTokenIssued";

    private final StaffTokenSignature signature;
    private final StaffConfiguration configuration;
    private final CookieSettings cookies;
    private final Clock clock;

    StaffTokens(StaffTokenSignature signature, StaffConfiguration configuration, CookieSettings cookies, Clock clock) {
        this.signature = signature;
        this.configuration = configuration;
        this.cookies = cookies;
        this.clock = clock;
    }

    /** A fresh sign-in: a new token whose absolute lifetime starts now. */
    public Cookie signIn(HttpRequest<?> request, StaffAccount account) {
        Instant now = clock.instant();
        return issue(request, account.id(), account.sessionVersion(), now, now);
    }

    /** A new token for the same sign-in (after a password change, or to push the idle deadline on). */
    public Cookie reissue(HttpRequest<?> request, StaffUser user, int sessionVersion) {
        return issue(request, user.id(), sessionVersion, user.authenticatedAt(), clock.instant());
    }

    /** Removes the cookie from the browser. The token itself is ended by raising the session version. */
    public Cookie clear(HttpRequest<?> request) {
        request.setAttribute(ISSUED_ATTRIBUTE, true);
        return base("").maxAge(0);
    }

    /** Whether the token on this request is old enough to be re-issued with a new idle deadline. */
    boolean dueForRefresh(StaffUser user) {
        return user.tokenIssuedAt().plus(configuration.getRefreshAfter()).isBefore(clock.instant());
    }

    private Cookie issue(HttpRequest<?> request, long accountId, int version, Instant authenticatedAt, Instant now) {
        Instant idleDeadline = now.plus(configuration.getIdleTimeout());
        Instant absoluteDeadline = authenticatedAt.plus(configuration.getSessionLifetime());
        Instant expires = idleDeadline.isBefore(absoluteDeadline) ? idleDeadline : absoluteDeadline;
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(Long.toString(accountId))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .claim(AUTH_TIME_CLAIM, authenticatedAt.getEpochSecond())
                .claim(VERSION_CLAIM, version)
                .build();
        try {
            request.setAttribute(ISSUED_ATTRIBUTE, true);
            return base(signature.sign(claims).serialize())
                    .maxAge(Math.max(1, Duration.between(now, expires).toSeconds()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a staff token", e);
        }
    }

    private Cookie base(String value) {
        return Cookie.of(COOKIE, value).path(StaffRoutes.ROOT).httpOnly(true).sameSite(SameSite.Lax)
                .secure(cookies.isSecure());
    }
}
