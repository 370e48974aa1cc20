package uk.gov.safervoices.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.secret.InstallationSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * CSRF protection for the public site by the signed double-submit pattern: a random value, signed with an
 * installation secret, sits in an HttpOnly SameSite cookie and in a hidden field of every form; a POST is accepted
 * only when the two match and the signature is ours. Residents have no account or session to bind a token to,
 * so this needs no server-side state (see docs/adr/0004-public-csrf.md).
 */
@Singleton
public class Csrf {
    public static final String COOKIE = "sv_csrf";
    public static final String FIELD = "csrfToken";
    static final String REQUEST_ATTRIBUTE = "safervoices.csrfToken";

    private final InstallationSecrets secrets;
    private final CookieSettings cookies;
    private final SecureRandom random = new SecureRandom();

    Csrf(InstallationSecrets secrets, CookieSettings cookies) {
        this.secrets = secrets;
        this.cookies = cookies;
    }

    /** The token for this request's forms: the cookie's, if it carries a valid one, or a new one. */
    String tokenFor(HttpRequest<?> request) {
        return request.getAttribute(REQUEST_ATTRIBUTE, String.class)
                .or(() -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(this::isSigned))
                .orElseGet(() -> {
                    String token = newToken();
                    request.setAttribute(REQUEST_ATTRIBUTE, token);
                    return token;
                });
    }

    /** A cookie to set when this request made a new token. */
    Optional<Cookie> cookieToSet(HttpRequest<?> request) {
        Optional<String> issued = request.getAttribute(REQUEST_ATTRIBUTE, String.class);
        String existing = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse(null);
        return issued.filter(token -> !token.equals(existing)).map(token -> Cookie.of(COOKIE, token)
                .httpOnly(true).sameSite(SameSite.Lax).path("/").secure(cookies.isSecure()));
    }

    /** Whether a posted form's token matches the request's cookie and is signed by us. */
    public boolean accepts(HttpRequest<?> request, String postedToken) {
        String cookie = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse(null);
        return postedToken != null && cookie != null && isSigned(cookie)
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                postedToken.getBytes(StandardCharsets.UTF_8));
    }

    private String newToken() {
        byte[] value = new byte[24];
        random.nextBytes(value);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(value);
        return encoded + "." + sign(encoded);
    }

    private boolean isSigned(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        byte[] expected = sign(token.substring(0, dot)).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.UTF_8));
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret("csrf"), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
