package uk.gov.safervoices.admin.integrity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.secret.InstallationSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts submissions per hour per client address without keeping addresses: only an HMAC of the address and the
 * day (so the same address gives unrelated hashes on different days), held in this node's memory for two hours and
 * never written anywhere.
 *
 * <p>In memory, not in the database, on purpose: a shared counter row per address is a hot spot (every submission
 * from one address, such as a library's public computers or a mobile network's shared address, waited for the
 * previous one's commit), and an address hash in the database is one more thing that could link people. The price
 * is that the count is per node and starts again after a restart: the limit flags unusual bursts for staff to
 * look at, it never blocks anyone, so an approximate count serves it (see ADR 0013).
 */
@Singleton
public class SubmissionRates {
    private final InstallationSecrets secrets;
    private final Clock clock;
    private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(2)).maximumSize(1_000_000).build();

    SubmissionRates(InstallationSecrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Counts one submission from this address and returns how many it has made this hour, this one included. */
    public int countSubmission(String clientAddress) {
        long hour = clock.millis() / 3_600_000L;
        return counts.get(hash(clientAddress) + "|" + hour, key -> new AtomicInteger()).incrementAndGet();
    }

    private String hash(String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret("address-salt"), "HmacSHA256"));
            String day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
            return HexFormat.of().formatHex(mac.doFinal((day + "|" + clientAddress).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
