package uk.gov.safervoices.portal.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Set;

/**
 * Someone signed in with a one-time password (a new account, or after a reset) may only change their password or
 * sign out: this rule, checked before any {@code @Secured} rule, turns every other staff request away, and
 * {@link StaffAuthorizationHandler} sends them to the password page.
 */
@Singleton
class PasswordChangeRule implements SecurityRule<HttpRequest<?>> {
    static final String ATTRIBUTE = "safervoices.mustChangePassword";
    private static final Set<String> ALLOWED = Set.of(StaffRoutes.PASSWORD, StaffRoutes.SIGN_OUT, StaffRoutes.SIGN_IN);

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
                                               @Nullable Authentication authentication) {
        if (request == null || authentication == null || ALLOWED.contains(request.getPath())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        boolean mustChange = StaffUser.of(request).map(StaffUser::mustChangePassword).orElse(false);
        if (!mustChange) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        request.setAttribute(ATTRIBUTE, true);
        return Publishers.just(SecurityRuleResult.REJECTED);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }
}
