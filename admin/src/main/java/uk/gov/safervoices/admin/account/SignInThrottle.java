package uk.gov.safervoices.admin.account;

import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Counts failed sign-ins for usernames that have no usable account (unknown or disabled) and locks them exactly
 * as a real account is locked, so that neither the wording nor the lockout tells whether a username exists.
 * Called inside {@link StaffAccounts#signIn}'s transaction.
 */
@Singleton
class SignInThrottle {
    /** Rows untouched for this long are deleted: far longer than any lockout. */
    private static final Duration KEEP = Duration.ofDays(1);

    private final SignInThrottleRepository repository;
    private final AccountConfiguration configuration;

    SignInThrottle(SignInThrottleRepository repository, AccountConfiguration configuration) {
        this.repository = repository;
        this.configuration = configuration;
    }

    SignInResult failed(String normalisedUsername, Instant now) {
        String hash = sha256(normalisedUsername);
        repository.insertIfAbsent(hash, now);
        SignInThrottleRecord record = repository.findById(hash).orElseThrow();
        if (record.lockedUntil() != null && record.lockedUntil().isAfter(now)) {
            return new SignInResult.Locked(record.lockedUntil());
        }
        int failures = record.failedSignIns() + 1;
        if (failures >= configuration.getMaxFailedSignIns()) {
            Instant until = now.plus(configuration.getLockout()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            repository.update(new SignInThrottleRecord(hash, 0, until, now));
            repository.deleteByUpdatedAtLessThan(now.minus(KEEP));
            return new SignInResult.Locked(until);
        }
        repository.update(new SignInThrottleRecord(hash, failures, null, now));
        return new SignInResult.WrongCredentials();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
