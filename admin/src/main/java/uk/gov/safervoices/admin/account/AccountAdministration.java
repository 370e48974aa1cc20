package uk.gov.safervoices.admin.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.audit.AuditLog;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator does to other people's accounts: create, change roles, disable and enable, unlock, reset
 * a password. Each change is audited in its own transaction with the acting administrator's username; passwords
 * never reach the audit log. An administrator cannot disable themselves or take away their own ADMIN role, so
 * there is always someone left who can manage accounts.
 */
@Singleton
public class AccountAdministration {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final String SUBJECT = "staff_account";

    private final StaffAccountRepository repository;
    private final StaffAccounts accounts;
    private final PasswordHashing hashing;
    private final AuditLog audit;
    private final Clock clock;

    AccountAdministration(StaffAccountRepository repository, StaffAccounts accounts, PasswordHashing hashing,
                          AuditLog audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.hashing = hashing;
        this.audit = audit;
        this.clock = clock;
    }

    /** Problems with a new account's details, by field (username, displayName, roles); empty when it can be made. */
    public Map<String, String> checkNewAccount(String username, String displayName, Set<Role> roles) {
        Map<String, String> problems = new LinkedHashMap<>();
        String normalised = StaffAccounts.normalise(username);
        if (displayName == null || displayName.isBlank()) {
            problems.put("displayName", "Enter the person's full name");
        } else if (displayName.strip().length() > 200) {
            problems.put("displayName", "Full name must be 200 characters or fewer");
        }
        if (normalised.isEmpty()) {
            problems.put("username", "Enter a username");
        } else if (!USERNAME.matcher(normalised).matches()) {
            problems.put("username", "Username must be 3 to 100 characters: letters, numbers, full stops, hyphens "
                    + "and underscores, starting with a letter or number");
        } else if (repository.findByUsername(normalised).isPresent()) {
            problems.put("username", "There is already an account with that username");
        }
        if (roles == null || roles.isEmpty()) {
            problems.put("roles", "Select at least one role");
        }
        return problems;
    }

    /** Creates an account with a one-time password; call {@link #checkNewAccount} first. */
    @Transactional
    public StaffAccounts.NewAccount create(String actor, String username, String displayName, Set<Role> roles) {
        if (!checkNewAccount(username, displayName, roles).isEmpty()) {
            throw new AccountChangeRejectedException("The account details are not valid");
        }
        return accounts.create(actor, username, displayName.strip(), roles);
    }

    @Transactional
    public StaffAccount changeRoles(String actor, long id, Set<Role> roles) {
        StaffAccount account = load(id);
        if (roles == null || roles.isEmpty()) {
            throw new AccountChangeRejectedException("Select at least one role");
        }
        if (account.username().equals(actor) && account.roleSet().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new AccountChangeRejectedException("You cannot remove your own Administrator role");
        }
        StaffAccount changed = repository.update(account.withRoles(roles));
        audit.record(actor, "account.roles_changed", SUBJECT, id, account.roles(), changed.roles());
        return changed;
    }

    @Transactional
    public StaffAccount disable(String actor, long id) {
        StaffAccount account = load(id);
        if (account.username().equals(actor)) {
            throw new AccountChangeRejectedException("You cannot disable your own account");
        }
        if (account.disabled()) {
            return account;
        }
        StaffAccount changed = repository.update(account.withDisabled(true));
        audit.record(actor, "account.disabled", SUBJECT, id, "enabled", "disabled");
        return changed;
    }

    @Transactional
    public StaffAccount enable(String actor, long id) {
        StaffAccount account = load(id);
        if (!account.disabled()) {
            return account;
        }
        StaffAccount changed = repository.update(account.withDisabled(false));
        audit.record(actor, "account.enabled", SUBJECT, id, "disabled", "enabled");
        return changed;
    }

    @Transactional
    public StaffAccount unlock(String actor, long id) {
        StaffAccount account = load(id);
        StaffAccount changed = repository.update(account.withSignInOutcome(0, null, account.lastSignInAt()));
        audit.record(actor, "account.unlocked", SUBJECT, id,
                account.lockedUntil() == null ? null : account.lockedUntil().toString(), null);
        return changed;
    }

    /** A new one-time password (shown once, to be changed at next sign-in); ends the person's sessions. */
    @Transactional
    public StaffAccounts.NewAccount resetPassword(String actor, long id) {
        StaffAccount account = load(id);
        String password = accounts.oneTimePassword();
        StaffAccount changed = repository.update(account.withPassword(hashing.hash(password), true, clock.instant()));
        audit.record(actor, "account.password_reset", SUBJECT, id, null, null);
        return new StaffAccounts.NewAccount(changed, password);
    }

    private StaffAccount load(long id) {
        return repository.findById(id).orElseThrow(() -> new AccountChangeRejectedException("No such account"));
    }

    /** A change that is not allowed, with a sentence to show the administrator. */
    public static class AccountChangeRejectedException extends RuntimeException {
        public AccountChangeRejectedException(String message) {
            super(message);
        }
    }
}
