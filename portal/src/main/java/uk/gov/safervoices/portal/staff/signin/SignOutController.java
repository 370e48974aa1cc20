package uk.gov.safervoices.portal.staff.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffTokens;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;

/**
 * Sign out: raises the account's session version, so this token, and any other this person holds on another
 * device, stops working at once; and removes the cookie.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.SIGNED_IN)
class SignOutController {
    private final StaffAccounts accounts;
    private final StaffTokens tokens;
    private final StaffForms forms;
    private final StaffFlash flash;

    SignOutController(StaffAccounts accounts, StaffTokens tokens, StaffForms forms, StaffFlash flash) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.forms = forms;
        this.flash = flash;
    }

    @Post(StaffRoutes.SIGN_OUT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        forms.read(request, body);
        accounts.signOut(user.id());
        return HttpResponse.seeOther(URI.create(StaffRoutes.SIGN_IN)).cookie(tokens.clear(request))
                .cookie(flash.cookie(StaffFlash.Notice.of("You have signed out")));
    }
}
