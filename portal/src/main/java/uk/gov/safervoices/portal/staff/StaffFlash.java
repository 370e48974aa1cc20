package uk.gov.safervoices.portal.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.secret.InstallationSecrets;
import uk.gov.safervoices.portal.web.CookieSettings;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A message for the page after a redirect (post, redirect, get): "Account created", and once only, a one-time
 * password. It travels in a short-lived cookie sent only to {@code /admin}, encrypted and authenticated with
 * AES-GCM under an installation secret, so it is unreadable in the browser's cookie store and cannot be forged;
 * the first staff page that shows it clears it ({@link StaffPages#model}), so a reload does not show it again.
 */
@Singleton
public class StaffFlash {
    static final String COOKIE = "sv_staff_notice";
    static final String READ_ATTRIBUTE = "safervoices.staffNoticeRead";
    private static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final InstallationSecrets secrets;
    private final CookieSettings cookies;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffFlash(InstallationSecrets secrets, CookieSettings cookies, Clock clock) {
        this.secrets = secrets;
        this.cookies = cookies;
        this.clock = clock;
    }

    /**
     * What to show.
     *
     * @param accountId       the account the one-time password belongs to (the page shows it only for that one)
     * @param oneTimePassword shown once, then gone
     */
    public record Notice(String message, @Nullable Long accountId, @Nullable String oneTimePassword) {
        public static Notice of(String message) {
            return new Notice(message, null, null);
        }
    }

    /** The cookie that carries the notice to the next page. */
    public Cookie cookie(Notice notice) {
        String plain = String.join(".", Long.toString(clock.instant().plus(LIFETIME).getEpochSecond()),
                encode(notice.message()), notice.accountId() == null ? "" : notice.accountId().toString(),
                encode(notice.oneTimePassword()));
        return base(seal(plain)).maxAge(LIFETIME.toSeconds());
    }

    /** The notice this request carries, if any; reading it clears the cookie on the response. */
    public Optional<Notice> read(HttpRequest<?> request) {
        Optional<Notice> notice = request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .flatMap(this::open).flatMap(this::parse);
        request.getCookies().findCookie(COOKIE).ifPresent(c -> request.setAttribute(READ_ATTRIBUTE, true));
        return notice;
    }

    Cookie cleared() {
        return base("").maxAge(0);
    }

    private Optional<Notice> parse(String plain) {
        String[] parts = plain.split("\\.", -1);
        if (parts.length != 4 || Instant.ofEpochSecond(Long.parseLong(parts[0])).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new Notice(decode(parts[1]), parts[2].isEmpty() ? null : Long.valueOf(parts[2]),
                parts[3].isEmpty() ? null : decode(parts[3])));
    }

    private String seal(String plain) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, iv.length + sealed.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return ENCODER.encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> open(String value) {
        try {
            byte[] in = DECODER.decode(value);
            if (in.length < 12 + 16) {
                return Optional.empty();
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(in, 12));
            return Optional.of(new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(secrets.secret("staff-notice"), "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }

    private Cookie base(String value) {
        return Cookie.of(COOKIE, value).path(StaffRoutes.ROOT).httpOnly(true).sameSite(SameSite.Strict)
                .secure(cookies.isSecure());
    }

    private static String encode(String text) {
        return text == null ? "" : ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String text) {
        return new String(DECODER.decode(text), StandardCharsets.UTF_8);
    }
}
