package uk.gov.safervoices.admin.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member of staff's account. {@code sessionVersion} is written into every sign-in token; raising it ends all the
 * tokens issued before (sign-out, password change or reset, disabling).
 */
@MappedEntity("staff_account")
public record StaffAccount(@Id @GeneratedValue @Nullable Long id, String username, String displayName,
                           String passwordHash, String roles, boolean mustChangePassword, int failedSignIns,
                           @Nullable Instant lockedUntil, boolean disabled, Instant createdAt,
                           Instant passwordChangedAt, @Nullable Instant lastSignInAt, int sessionVersion) {

    public Set<Role> roleSet() {
        if (roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** Whether the account is locked after repeated failed sign-ins at this moment. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    static String encode(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    StaffAccount withSignInOutcome(int failures, Instant lockedUntil, Instant lastSignIn) {
        return new StaffAccount(id, username, displayName, passwordHash, roles, mustChangePassword, failures,
                lockedUntil, disabled, createdAt, passwordChangedAt, lastSignIn, sessionVersion);
    }

    /** A new password ends every session and clears any lockout. */
    StaffAccount withPassword(String hash, boolean mustChange, Instant now) {
        return new StaffAccount(id, username, displayName, hash, roles, mustChange, 0, null, disabled, createdAt,
                now, lastSignInAt, sessionVersion + 1);
    }

    StaffAccount withRoles(Set<Role> newRoles) {
        return new StaffAccount(id, username, displayName, passwordHash, encode(newRoles), mustChangePassword,
                failedSignIns, lockedUntil, disabled, createdAt, passwordChangedAt, lastSignInAt, sessionVersion);
    }

    /** Disabling ends every session at once; enabling does not bring old sessions back. */
    StaffAccount withDisabled(boolean isDisabled) {
        return new StaffAccount(id, username, displayName, passwordHash, roles, mustChangePassword, failedSignIns,
                lockedUntil, isDisabled, createdAt, passwordChangedAt, lastSignInAt, sessionVersion + 1);
    }

    StaffAccount withSessionsEnded() {
        return new StaffAccount(id, username, displayName, passwordHash, roles, mustChangePassword, failedSignIns,
                lockedUntil, disabled, createdAt, passwordChangedAt, lastSignInAt, sessionVersion + 1);
    }
}
