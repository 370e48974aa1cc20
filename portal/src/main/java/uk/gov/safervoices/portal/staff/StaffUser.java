package uk.gov.safervoices.portal.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import uk.gov.safervoices.admin.account.Role;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in member of staff on this request, as the database says now (roles, password state), not as the
 * token said when it was issued. Controllers take it as a parameter ({@code StaffUser user}); {@link #actor()} is
 * the name to give {@code AuditLog.record}.
 *
 * @param authenticatedAt when they signed in (the absolute timeout counts from here)
 * @param tokenIssuedAt   when the token on this request was issued (the idle timeout counts from here)
 * @param sessionVersion  the account's session version the token was issued for
 */
public record StaffUser(long id, String username, String displayName, Set<Role> roles, boolean mustChangePassword,
                        Instant authenticatedAt, Instant tokenIssuedAt, int sessionVersion) {
    static final String ATTRIBUTE = "safervoices.staffUser";

    public StaffUser {
        roles = Set.copyOf(roles);
    }

    /** The signed-in member of staff, if the request carries a valid staff token. */
    public static Optional<StaffUser> of(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(authentication -> authentication.getAttributes().get(ATTRIBUTE))
                .filter(StaffUser.class::isInstance).map(StaffUser.class::cast);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Who did it, for the audit log: the username. */
    public String actor() {
        return username;
    }
}
