package uk.gov.safervoices.admin.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Failed sign-ins for a username without a usable account, by the username's SHA-256. */
@MappedEntity("sign_in_throttle")
record SignInThrottleRecord(@Id String usernameHash, int failedSignIns, @Nullable Instant lockedUntil,
                            Instant updatedAt) {
}
