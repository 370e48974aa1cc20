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
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.account.AccountAdministration;
import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Create an account. The new account's one-time password is carried to the account page in the encrypted notice
 * and shown there once; the person must change it when they first sign in.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ADMIN)
class NewAccountController {
    private final AccountAdministration administration;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    NewAccountController(AccountAdministration administration, StaffPages pages, StaffForms forms, StaffFlash flash) {
        this.administration = administration;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.NEW_ACCOUNT)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        return page(request, "", "", EnumSet.noneOf(Role.class), Map.of());
    }

    @Post(StaffRoutes.NEW_ACCOUNT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        String displayName = Forms.first(fields, "displayName");
        String username = Forms.first(fields, "username");
        Set<Role> roles = AccountViews.roles(fields.get("roles"));
        Map<String, String> problems = administration.checkNewAccount(username, displayName, roles);
        if (!problems.isEmpty()) {
            return HttpResponse.ok(page(request, displayName, username, roles, problems));
        }
        StaffAccounts.NewAccount created = administration.create(user.actor(), username, displayName, roles);
        long id = created.account().id();
        return HttpResponse.seeOther(URI.create(StaffRoutes.account(id))).cookie(flash.cookie(new StaffFlash.Notice(
                "Account created for " + created.account().displayName(), id, created.oneTimePassword())));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, String displayName, String username,
                                                   Set<Role> roles, Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + "Create an account");
        model.put("formAction", StaffRoutes.NEW_ACCOUNT);
        model.put("accountsUrl", StaffRoutes.ACCOUNTS);
        model.put("displayName", FormFields.input("displayName", "Full name", displayName,
                problems.get("displayName")).with("autocomplete", "off").with("spellcheck", false).map());
        model.put("username", FormFields.input("username", "Username", username, problems.get("username"))
                .with("hint", Map.of("text", "What they will sign in with, for example jsmith or jo.smith"))
                .with("autocomplete", "off").with("spellcheck", false).with("classes", "govuk-input--width-20").map());
        model.put("roles", AccountViews.rolesCheckboxes(roles, "Roles", problems.get("roles")));
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/accounts/new", model);
    }
}
