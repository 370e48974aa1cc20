package uk.gov.safervoices.portal.staff.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.account.AccountAdministration;
import uk.gov.safervoices.admin.account.AccountAdministration.AccountChangeRejectedException;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffFlash.Notice;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** One account: see it, change its roles, disable or enable it, unlock it, reset its password. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ADMIN)
class AccountController {
    private final StaffAccounts accounts;
    private final AccountAdministration administration;
    private final AccountPage page;
    private final StaffForms forms;
    private final StaffFlash flash;

    AccountController(StaffAccounts accounts, AccountAdministration administration, AccountPage page,
                      StaffForms forms, StaffFlash flash) {
        this.accounts = accounts;
        this.administration = administration;
        this.page = page;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.ACCOUNT)
    HttpResponse<?> show(HttpRequest<?> request, long id) {
        return accounts.findById(id).<HttpResponse<?>>map(a -> HttpResponse.ok(page.render(request, a, null, null)))
                .orElseGet(HttpResponse::notFound);
    }

    @Post(StaffRoutes.ACCOUNT_ROLES)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> roles(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        Set<Role> roles = AccountViews.roles(forms.read(request, body).get("roles"));
        return change(request, id, "roles", () -> administration.changeRoles(user.actor(), id, roles),
                "Roles saved");
    }

    @Post(StaffRoutes.ACCOUNT_DISABLE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> disable(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        forms.read(request, body);
        return change(request, id, "disable", () -> administration.disable(user.actor(), id),
                "Account disabled. They cannot sign in, and were signed out");
    }

    @Post(StaffRoutes.ACCOUNT_ENABLE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enable(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        forms.read(request, body);
        return change(request, id, "enable", () -> administration.enable(user.actor(), id), "Account enabled");
    }

    @Post(StaffRoutes.ACCOUNT_UNLOCK)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unlock(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        forms.read(request, body);
        return change(request, id, "unlock", () -> administration.unlock(user.actor(), id), "Account unlocked");
    }

    @Post(StaffRoutes.ACCOUNT_RESET_PASSWORD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resetPassword(HttpRequest<?> request, StaffUser user, long id, @Nullable @Body String body) {
        forms.read(request, body);
        if (accounts.findById(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        StaffAccounts.NewAccount reset = administration.resetPassword(user.actor(), id);
        return HttpResponse.seeOther(URI.create(StaffRoutes.account(id))).cookie(flash.cookie(
                new Notice("Password reset. They were signed out", id, reset.oneTimePassword())));
    }

    private HttpResponse<?> change(HttpRequest<?> request, long id, String field, Supplier<StaffAccount> action,
                                   String done) {
        Optional<StaffAccount> account = accounts.findById(id);
        if (account.isEmpty()) {
            return HttpResponse.notFound();
        }
        try {
            action.get();
        } catch (AccountChangeRejectedException e) {
            return HttpResponse.ok(page.render(request, account.get(), field, e.getMessage()));
        }
        return HttpResponse.seeOther(URI.create(StaffRoutes.account(id))).cookie(flash.cookie(Notice.of(done)));
    }
}
