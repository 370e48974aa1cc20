package uk.gov.safervoices.portal.staff.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.portal.staff.FormFields;
import uk.gov.safervoices.portal.staff.StaffDates;
import uk.gov.safervoices.portal.staff.StaffFlash;
import uk.gov.safervoices.portal.staff.StaffPages;
import uk.gov.safervoices.portal.staff.StaffRoutes;
import uk.gov.safervoices.portal.staff.StaffUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The model of the account page, with an error from a refused change if there was one. */
@Singleton
class AccountPage {
    private final StaffPages pages;
    private final Clock clock;

    AccountPage(StaffPages pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    ModelAndView<Map<String, Object>> render(HttpRequest<?> request, StaffAccount account, String errorField,
                                             String error) {
        Instant now = clock.instant();
        Map<String, Object> model = pages.model(request, (error == null ? "" : "Error: ") + account.displayName());
        long id = account.id();
        if (model.get("notice") instanceof StaffFlash.Notice notice && notice.oneTimePassword() != null
                && notice.accountId() != null && notice.accountId() == id) {
            model.put("oneTimePassword", notice.oneTimePassword());
        }
        model.put("account", AccountViews.row(account, now));
        model.put("summary", Map.of("rows", List.of(
                row("Full name", account.displayName()),
                row("Username", account.username()),
                row("Roles", (String) AccountViews.row(account, now).get("roles")),
                row("Created", StaffDates.dateTime(account.createdAt())),
                row("Last signed in", account.lastSignInAt() == null ? "Never"
                        : StaffDates.dateTime(account.lastSignInAt())))));
        model.put("roles", AccountViews.rolesCheckboxes(account.roleSet(), "Change roles",
                "roles".equals(errorField) ? error : null));
        if (error != null) {
            String field = "roles".equals(errorField) ? "roles" : "actions";
            FormFields.summary(Map.of(field, error)).ifPresent(summary -> model.put("errorSummary", summary));
        }
        boolean self = StaffUser.of(request).map(u -> u.id() == id).orElse(false);
        model.put("self", self);
        model.put("disabled", account.disabled());
        model.put("locked", account.lockedAt(now));
        model.put("accountsUrl", StaffRoutes.ACCOUNTS);
        model.put("auditUrl", StaffRoutes.AUDIT + "?subjectType=staff_account&subjectId=" + id);
        model.put("rolesAction", StaffRoutes.accountAction(id, "roles"));
        model.put("disableAction", StaffRoutes.accountAction(id, "disable"));
        model.put("enableAction", StaffRoutes.accountAction(id, "enable"));
        model.put("unlockAction", StaffRoutes.accountAction(id, "unlock"));
        model.put("resetAction", StaffRoutes.accountAction(id, "reset-password"));
        return new ModelAndView<>("staff/accounts/account", model);
    }

    private static Map<String, Object> row(String key, String value) {
        return Map.of("key", Map.of("text", key), "value", Map.of("text", value));
    }
}
