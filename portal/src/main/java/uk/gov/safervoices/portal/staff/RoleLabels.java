package uk.gov.safervoices.portal.staff;

import uk.gov.safervoices.admin.account.Role;

import java.util.Set;
import java.util.stream.Collectors;

/** How roles are named and explained to staff. */
public final class RoleLabels {
    private RoleLabels() {
    }

    public static String label(Role role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case CONSULTATION -> "Consultation team";
            case ANALYST -> "Analyst";
            case PARTNERSHIP -> "Partnership member";
        };
    }

    public static String description(Role role) {
        return switch (role) {
            case ADMIN -> "Manages staff accounts and reads the audit log.";
            case CONSULTATION -> "Runs questionnaires, consultations, meetings and responses.";
            case ANALYST -> "Weights responses and runs the analysis.";
            case PARTNERSHIP -> "Reads results and records the partnership's decisions.";
        };
    }

    /** The labels of these roles, in the roles' order, joined by commas. */
    public static String labels(Set<Role> roles) {
        return roles.stream().sorted().map(RoleLabels::label).collect(Collectors.joining(", "));
    }
}
