package uk.gov.safervoices.portal.staff.accounts;

import uk.gov.safervoices.admin.account.Role;
import uk.gov.safervoices.admin.account.StaffAccount;
import uk.gov.safervoices.portal.staff.RoleLabels;
import uk.gov.safervoices.portal.staff.StaffDates;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How accounts look on the account pages: status tags, the roles checkboxes, rows of the list. */
final class AccountViews {
    private AccountViews() {
    }

    static Map<String, Object> status(StaffAccount account, Instant now) {
        if (account.disabled()) {
            return Map.of("text", "Disabled", "classes", "govuk-tag--grey");
        }
        if (account.lockedAt(now)) {
            return Map.of("text", "Locked until " + StaffDates.dateTime(account.lockedUntil()),
                    "classes", "govuk-tag--red");
        }
        if (account.mustChangePassword()) {
            return Map.of("text", "Password to be changed", "classes", "govuk-tag--yellow");
        }
        return Map.of("text", "Active", "classes", "govuk-tag--green");
    }

    static Map<String, Object> row(StaffAccount account, Instant now) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", account.id());
        row.put("href", uk.gov.safervoices.portal.staff.StaffRoutes.account(account.id()));
        row.put("displayName", account.displayName());
        row.put("username", account.username());
        row.put("roles", RoleLabels.labels(account.roleSet()));
        row.put("status", status(account, now));
        row.put("lastSignIn", account.lastSignInAt() == null ? "Never" : StaffDates.dateTime(account.lastSignInAt()));
        return row;
    }

    /** The roles checkboxes, with these ticked, and an error message if any. */
    static Map<String, Object> rolesCheckboxes(Set<Role> ticked, String legend, String error) {
        List<Map<String, Object>> items = Arrays.stream(Role.values()).map(role -> {
            Map<String, Object> item = new HashMap<>();
            item.put("value", role.name());
            item.put("text", RoleLabels.label(role));
            item.put("hint", Map.of("text", RoleLabels.description(role)));
            item.put("checked", ticked.contains(role));
            return item;
        }).toList();
        Map<String, Object> params = new HashMap<>();
        params.put("name", "roles");
        params.put("fieldset", Map.of("legend", Map.of("text", legend, "classes", "govuk-fieldset__legend--s")));
        params.put("hint", Map.of("text", "Select all that apply."));
        params.put("items", items);
        if (error != null) {
            params.put("errorMessage", Map.of("text", error));
        }
        return params;
    }

    /** The roles ticked in a posted form; unknown values are ignored. */
    static Set<Role> roles(List<String> values) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (values != null) {
            for (String value : values) {
                Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).forEach(roles::add);
            }
        }
        return roles;
    }
}
