package uk.gov.safervoices.portal.survey;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.integrity.SubmissionRates;
import uk.gov.safervoices.admin.response.ResponseRecord;
import uk.gov.safervoices.admin.response.ResponseStore;
import uk.gov.safervoices.admin.secret.InstallationSecrets;
import uk.gov.safervoices.portal.web.CookieSettings;
import uk.gov.safervoices.portal.web.Forms;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Duplicate protection that identifies nobody. A submission is flagged (kept, for staff to review) when the
 * honeypot field is filled, when this browser's signed cookie says it already responded to the consultation, or
 * when its client address (held only as a salted hash) sent more than the hourly limit.
 */
@Singleton
class SubmissionGuard {
    static final String HONEYPOT_FIELD = "website";
    static final String BROWSER_COOKIE = "sv_responded";

    private final ResponseStore responses;
    private final SubmissionRates rates;
    private final IntegrityConfiguration configuration;
    private final InstallationSecrets secrets;
    private final CookieSettings cookies;

    SubmissionGuard(ResponseStore responses, SubmissionRates rates, IntegrityConfiguration configuration,
                    InstallationSecrets secrets, CookieSettings cookies) {
        this.responses = responses;
        this.rates = rates;
        this.configuration = configuration;
        this.secrets = secrets;
        this.cookies = cookies;
    }

    /** The reference of the response already stored with this idempotency key, if any. */
    Optional<String> earlierSubmission(String submissionKey) {
        return responses.findBySubmissionKey(submissionKey).map(ResponseRecord::reference);
    }

    List<String> flags(HttpRequest<?> request, Map<String, List<String>> form, JourneyContext context) {
        List<String> flags = new ArrayList<>();
        String honeypot = Forms.first(form, HONEYPOT_FIELD);
        if (honeypot != null && !honeypot.isBlank()) {
            flags.add("honeypot");
        }
        if (respondedBefore(request).contains(context.consultation().id())) {
            flags.add("repeat_browser");
        }
        String address = request.getRemoteAddress().getAddress().getHostAddress();
        if (rates.countSubmission(address) > configuration.getSubmissionsPerHourPerAddress()) {
            flags.add("address_rate");
        }
        return flags;
    }

    /** Sets the signed cookie that lists the consultations this browser has responded to. */
    void remember(HttpRequest<?> request, MutableHttpResponse<?> response, JourneyContext context) {
        Set<Long> responded = new LinkedHashSet<>(respondedBefore(request));
        responded.add(context.consultation().id());
        String value = String.join("-", responded.stream().map(String::valueOf).toList());
        response.cookie(Cookie.of(BROWSER_COOKIE, value + "." + sign(value)).path("/").httpOnly(true)
                .sameSite(SameSite.Lax).secure(cookies.isSecure()).maxAge(Duration.ofDays(400)));
    }

    private Set<Long> respondedBefore(HttpRequest<?> request) {
        Optional<String> cookie = request.getCookies().findCookie(BROWSER_COOKIE).map(Cookie::getValue);
        if (cookie.isEmpty() || cookie.get().indexOf('.') < 0) {
            return Set.of();
        }
        String value = cookie.get().substring(0, cookie.get().lastIndexOf('.'));
        String signature = cookie.get().substring(cookie.get().lastIndexOf('.') + 1);
        if (!MessageDigest.isEqual(sign(value).getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        Arrays.stream(value.split("-")).filter(s -> s.matches("\\d{1,18}")).forEach(s -> ids.add(Long.parseLong(s)));
        return ids;
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret("browser-cookie"), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
