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

@MappedEntity("staff_account")
public record StaffAccount(@Id @GeneratedValue @Nullable Long id, String username, String displayName,
                           String passwordHash, String roles, boolean mustChangePassword, int failedSignIns,
                           @Nullable Instant lockedUntil, boolean disabled, Instant createdAt,
                           Instant passwordChangedAt, @Nullable Instant lastSignInAt) {

    public Set<Role> roleSet() {
        if (roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    static String encode(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    StaffAccount withSignInOutcome(int failures, Instant lockedUntil, Instant lastSignIn) {
        return new StaffAccount(id, username, displayName, passwordHash, roles, mustChangePassword, failures,
                lockedUntil, disabled, createdAt, passwordChangedAt, lastSignIn);
    }

    StaffAccount withPassword(String hash, boolean mustChange, Instant now) {
        return new StaffAccount(id, username, displayName, hash, roles, mustChange, 0, null, disabled, createdAt,
                now, lastSignInAt);
    }
}
