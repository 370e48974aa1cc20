package uk.gov.safervoices.admin.integrity;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.secret.InstallationSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Counts submissions per hour per client address without keeping addresses: only an HMAC of the address and the
 * day (so the same address gives unrelated hashes on different days), and rows older than two days are deleted.
 */
@Singleton
public class SubmissionRates {
    private final SubmissionRateRepository repository;
    private final InstallationSecrets secrets;
    private final Clock clock;

    SubmissionRates(SubmissionRateRepository repository, InstallationSecrets secrets, Clock clock) {
        this.repository = repository;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Counts one submission from this address and returns how many it has made this hour, this one included. */
    public int countSubmission(String clientAddress) {
        String hash = hash(clientAddress);
        long hour = clock.millis() / 3_600_000L;
        repository.increment(hash, hour);
        return repository.count(hash, hour);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void purgeOld() {
        repository.deleteBefore(clock.millis() / 3_600_000L - 48);
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
