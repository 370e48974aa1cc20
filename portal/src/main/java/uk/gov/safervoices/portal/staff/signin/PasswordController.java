package uk.gov.safervoices.portal.staff.signin;

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
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffTokens;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Change your own password. Someone who signed in with a one-time password is sent here before anything else.
 * A change ends every other session of the account; this browser gets a new token.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.SIGNED_IN)
class PasswordController {
    private final StaffAccounts accounts;
    private final StaffTokens tokens;
    private final StaffPages pages;
    private final StaffForms forms;
    private final StaffFlash flash;

    PasswordController(StaffAccounts accounts, StaffTokens tokens, StaffPages pages, StaffForms forms,
                       StaffFlash flash) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.pages = pages;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(StaffRoutes.PASSWORD)
    HttpResponse<?> form(HttpRequest<?> request, StaffUser user) {
        return HttpResponse.ok(page(request, user, Map.of()));
    }

    @Post(StaffRoutes.PASSWORD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, StaffUser user, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        String current = Forms.first(fields, "currentPassword");
        String replacement = Forms.first(fields, "newPassword");
        String confirmation = Forms.first(fields, "confirmPassword");
        Map<String, String> problems = new LinkedHashMap<>();
        if (current == null || current.isEmpty()) {
            problems.put("currentPassword", user.mustChangePassword()
                    ? "Enter the one-time password you signed in with" : "Enter your current password");
        }
        if (replacement == null || replacement.isEmpty()) {
            problems.put("newPassword", "Enter a new password");
        } else if (!replacement.equals(confirmation)) {
            problems.put("confirmPassword", "The passwords do not match");
        }
        if (problems.isEmpty()) {
            StaffAccount account = accounts.findById(user.id()).orElseThrow();
            try {
                StaffAccount changed = accounts.changePassword(account, current, replacement);
                return HttpResponse.seeOther(URI.create(StaffRoutes.DASHBOARD))
                        .cookie(tokens.reissue(request, user, changed.sessionVersion()))
                        .cookie(flash.cookie(StaffFlash.Notice.of("Your password has been changed")));
            } catch (StaffAccounts.PasswordRejectedException e) {
                problems.put(e.getMessage().equals(StaffAccounts.WRONG_CURRENT_PASSWORD) ? "currentPassword" : "newPassword",
                        e.getMessage());
            }
        }
        return HttpResponse.ok(page(request, user, problems));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, StaffUser user,
                                                   Map<String, String> problems) {
        String title = user.mustChangePassword() ? "Choose a new password" : "Change your password";
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + title);
        model.put("heading", title);
        model.put("mustChange", user.mustChangePassword());
        model.put("formAction", StaffRoutes.PASSWORD);
        model.put("currentPassword", password("currentPassword",
                user.mustChangePassword() ? "One-time password" : "Current password", "current-password", problems)
                .map());
        model.put("newPassword", password("newPassword", "New password", "new-password", problems)
                .with("hint", Map.of("text", "At least 12 characters. A few unrelated words make a strong password."))
                .map());
        model.put("confirmPassword", password("confirmPassword", "Confirm new password", "new-password", problems)
                .map());
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/password", model);
    }

    private static FormFields password(String name, String label, String autocomplete, Map<String, String> problems) {
        return FormFields.input(name, label, null, problems.get(name)).with("type", "password")
                .with("autocomplete", autocomplete);
    }
}
