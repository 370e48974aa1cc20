package uk.gov.safervoices.portal.staff;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a staff token whose signature and expiry Micronaut Security has checked into the signed-in person, or
 * into nobody. The token only names the account; everything else comes from the database on each request, so:
 * a token whose session version is behind the account's (after sign-out, a password change or reset, disabling)
 * is refused; a disabled account is refused at once; role changes apply from the next request; and shortening
 * the configured lifetimes applies to tokens already issued.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class StaffAuthenticationFactory implements JwtAuthenticationFactory {
    private final StaffAccounts accounts;
    private final StaffConfiguration configuration;
    private final Clock clock;

    StaffAuthenticationFactory(StaffAccounts accounts, StaffConfiguration configuration, Clock clock) {
        this.accounts = accounts;
        this.configuration = configuration;
        this.clock = clock;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            Long accountId = Long.valueOf(claims.getSubject());
            Long version = claims.getLongClaim(StaffTokens.VERSION_CLAIM);
            Long authTime = claims.getLongClaim(StaffTokens.AUTH_TIME_CLAIM);
            if (version == null || authTime == null || claims.getIssueTime() == null) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            Instant authenticatedAt = Instant.ofEpochSecond(authTime);
            Instant issuedAt = claims.getIssueTime().toInstant();
            if (!authenticatedAt.plus(configuration.getSessionLifetime()).isAfter(now)
                    || !issuedAt.plus(configuration.getIdleTimeout()).isAfter(now)) {
                return Optional.empty();
            }
            return accounts.findById(accountId)
                    .filter(account -> !account.disabled() && account.sessionVersion() == version)
                    .map(account -> authentication(account, authenticatedAt, issuedAt));
        } catch (ParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Authentication authentication(StaffAccount account, Instant authenticatedAt, Instant issuedAt) {
        StaffUser user = new StaffUser(account.id(), account.username(), account.displayName(), account.roleSet(),
                account.mustChangePassword(), authenticatedAt, issuedAt, account.sessionVersion());
        return Authentication.build(account.username(), account.roleSet().stream().map(Role::name).toList(),
                Map.of(StaffUser.ATTRIBUTE, user));
    }
}
