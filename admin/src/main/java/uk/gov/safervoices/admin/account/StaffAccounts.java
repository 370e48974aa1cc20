package uk.gov.safervoices.admin.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Staff accounts: sign-in with lockout after repeated failures, creation with a one-time password, password
 * changes. Every change is audited in the same transaction.
 */
@Singleton
public class StaffAccounts {
    /** The message when the current password given to {@link #changePassword} is wrong. */
    public static final String WRONG_CURRENT_PASSWORD = "Your current password is not right";
    private static final char[] PASSWORD_ALPHABET =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final StaffAccountRepository repository;
    private final PasswordHashing hashing;
    private final AccountConfiguration configuration;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(StaffAccountRepository repository, PasswordHashing hashing, AccountConfiguration configuration,
                  AuditLog audit, SignInThrottle throttle, Clock clock) {
        this.repository = repository;
        this.hashing = hashing;
        this.configuration = configuration;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Checks a username and password. An unknown or disabled username fails, and locks after repeated failures,
     * exactly as a real account does, and every attempt spends the same hashing time.
     */
    @Transactional
    public SignInResult signIn(String username, String password) {
        String key = normalise(username);
        Optional<StaffAccount> found = repository.findByUsername(key).filter(a -> !a.disabled());
        Instant now = clock.instant();
        if (found.isEmpty()) {
            hashing.checkDecoy(password == null ? "" : password);
            return throttle.failed(key, now);
        }
        StaffAccount account = found.get();
        if (account.lockedAt(now)) {
            hashing.checkDecoy(password == null ? "" : password);
            return new SignInResult.Locked(account.lockedUntil());
        }
        if (password != null && hashing.matches(password, account.passwordHash())) {
            StaffAccount signedIn = repository.update(account.withSignInOutcome(0, null, now));
            audit.record(account.username(), "account.signed_in", "staff_account", account.id(), null, null);
            return new SignInResult.SignedIn(signedIn);
        }
        int failures = account.failedSignIns() + 1;
        if (failures >= configuration.getMaxFailedSignIns()) {
            Instant until = now.plus(configuration.getLockout()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            repository.update(account.withSignInOutcome(0, until, account.lastSignInAt()));
            audit.record("system", "account.locked", "staff_account", account.id(), null, until.toString());
            return new SignInResult.Locked(until);
        }
        repository.update(account.withSignInOutcome(failures, null, account.lastSignInAt()));
        return new SignInResult.WrongCredentials();
    }

    /**
     * Creates an account with a one-time password (returned, shown once) that must be changed at first sign-in.
     */
    @Transactional
    public NewAccount create(String actor, String username, String displayName, Set<Role> roles) {
        String password = oneTimePassword();
        StaffAccount account = save(username, displayName, roles, password, true);
        audit.record(actor, "account.created", "staff_account", account.id(), null,
                account.username() + " " + account.roles());
        return new NewAccount(account, password);
    }

    /** Creates an account with a password chosen elsewhere (the first administrator from configuration). */
    @Transactional
    public StaffAccount createWithPassword(String actor, String username, String displayName, Set<Role> roles,
                                           String password) {
        checkPolicy(username, password);
        StaffAccount account = save(username, displayName, roles, password, false);
        audit.record(actor, "account.created", "staff_account", account.id(), null,
                account.username() + " " + account.roles());
        return account;
    }

    /** Changes a password after checking the current one and the policy; throws with a sentence to show. */
    @Transactional
    public StaffAccount changePassword(StaffAccount account, String current, String replacement) {
        StaffAccount fresh = repository.findById(account.id()).orElseThrow();
        if (current == null || !hashing.matches(current, fresh.passwordHash())) {
            throw new PasswordRejectedException(WRONG_CURRENT_PASSWORD);
        }
        if (current.equals(replacement)) {
            throw new PasswordRejectedException("Your new password must be different from your current one");
        }
        checkPolicy(fresh.username(), replacement);
        StaffAccount changed = repository.update(fresh.withPassword(hashing.hash(replacement), false, clock.instant()));
        audit.record(fresh.username(), "account.password_changed", "staff_account", fresh.id(), null, null);
        return changed;
    }

    /** Ends every session of the account (all its signed tokens stop working). */
    @Transactional
    public StaffAccount signOut(long accountId) {
        StaffAccount account = repository.findById(accountId).orElseThrow();
        StaffAccount ended = repository.update(account.withSessionsEnded());
        audit.record(account.username(), "account.signed_out", "staff_account", account.id(), null, null);
        return ended;
    }

    public Optional<StaffAccount> find(String username) {
        return repository.findByUsername(normalise(username));
    }

    public Optional<StaffAccount> findById(long id) {
        return repository.findById(id);
    }

    public List<StaffAccount> all() {
        return repository.findAllOrderByUsername();
    }

    public long count() {
        return repository.count();
    }

    void checkPolicy(String username, String password) {
        int minimum = configuration.getMinimumPasswordLength();
        if (password == null || password.codePointCount(0, password.length()) < minimum) {
            throw new PasswordRejectedException("Password must be " + minimum + " characters or more");
        }
        if (password.toLowerCase(Locale.ROOT).contains(normalise(username))) {
            throw new PasswordRejectedException("Password must not contain your username");
        }
    }

    private StaffAccount save(String username, String displayName, Set<Role> roles, String password, boolean mustChange) {
        Instant now = clock.instant();
        return repository.save(new StaffAccount(null, normalise(username), displayName, hashing.hash(password),
                StaffAccount.encode(roles), mustChange, 0, null, false, now, now, null, 0));
    }

    String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)]);
        }
        return password.toString();
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    public record NewAccount(StaffAccount account, String oneTimePassword) {
    }

    /** A password that does not meet the policy, with a sentence a person can act on. */
    public static class PasswordRejectedException extends RuntimeException {
        public PasswordRejectedException(String message) {
            super(message);
        }
    }
}
