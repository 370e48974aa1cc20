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
import uk.gov.safervoices.admin.account.SignInResult;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffForms;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffTokens;
import uk.gov.safervoices.portal.staff.StaffUser;
import uk.gov.safervoices.portal.web.Forms;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff sign-in. The messages never tell whether a username exists: a wrong password, an unknown username and a
 * disabled account all read the same, and an unknown username locks after repeated failures as a real one does.
 * A successful sign-in always issues a new token.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ANYONE)
class SignInController {
    static final String WRONG = "Enter a correct username and password";

    private final StaffAccounts accounts;
    private final StaffTokens tokens;
    private final StaffPages pages;
    private final StaffForms forms;
    private final Clock clock;

    SignInController(StaffAccounts accounts, StaffTokens tokens, StaffPages pages, StaffForms forms, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.pages = pages;
        this.forms = forms;
        this.clock = clock;
    }

    @Get(StaffRoutes.SIGN_IN)
    HttpResponse<?> form(HttpRequest<?> request) {
        if (StaffUser.of(request).isPresent()) {
            return HttpResponse.seeOther(URI.create(StaffRoutes.DASHBOARD));
        }
        return HttpResponse.ok(page(request, "", Map.of()));
    }

    @Post(StaffRoutes.SIGN_IN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, List<String>> fields = forms.read(request, body);
        String username = Forms.first(fields, "username");
        String password = Forms.first(fields, "password");
        Map<String, String> problems = new LinkedHashMap<>();
        if (username == null || username.isBlank()) {
            problems.put("username", "Enter your username");
        }
        if (password == null || password.isEmpty()) {
            problems.put("password", "Enter your password");
        }
        if (!problems.isEmpty()) {
            return HttpResponse.ok(page(request, username, problems));
        }
        SignInResult result = accounts.signIn(username, password);
        if (result instanceof SignInResult.SignedIn signedIn) {
            StaffAccount account = signedIn.account();
            String next = account.mustChangePassword() ? StaffRoutes.PASSWORD : StaffRoutes.DASHBOARD;
            return HttpResponse.seeOther(URI.create(next)).cookie(tokens.signIn(request, account));
        }
        String message = result instanceof SignInResult.Locked locked
                ? "You have entered the wrong details too many times. You can try again after "
                        + LockoutTime.describe(locked.until(), clock.instant())
                : WRONG;
        return HttpResponse.ok(page(request, username, Map.of("username", message)));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, String username,
                                                   Map<String, String> problems) {
        Map<String, Object> model = pages.model(request, (problems.isEmpty() ? "" : "Error: ") + "Sign in");
        model.put("formAction", StaffRoutes.SIGN_IN);
        model.put("username", FormFields.input("username", "Username", username, problems.get("username"))
                .with("autocomplete", "username").with("spellcheck", false).map());
        model.put("password", FormFields.input("password", "Password", null, problems.get("password"))
                .with("type", "password").with("autocomplete", "current-password").map());
        FormFields.summary(problems).ifPresent(summary -> model.put("errorSummary", summary));
        return new ModelAndView<>("staff/sign-in", model);
    }
}
