package uk.gov.safervoices.portal.staff.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.gov.safervoices.admin.account.StaffAccounts;
import uk.gov.safervoices.portal.staff.StaffAccess;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** The list of staff accounts. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Secured(StaffAccess.ADMIN)
class AccountsController {
    private final StaffAccounts accounts;
    private final StaffPages pages;
    private final Clock clock;

    AccountsController(StaffAccounts accounts, StaffPages pages, Clock clock) {
        this.accounts = accounts;
        this.pages = pages;
        this.clock = clock;
    }

    @Get(StaffRoutes.ACCOUNTS)
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        Instant now = clock.instant();
        Map<String, Object> model = pages.model(request, "Accounts");
        model.put("accounts", accounts.all().stream().map(a -> AccountViews.row(a, now)).toList());
        model.put("newAccountUrl", StaffRoutes.NEW_ACCOUNT);
        model.put("accountsUrl", StaffRoutes.ACCOUNTS);
        return new ModelAndView<>("staff/accounts/list", model);
    }
}
