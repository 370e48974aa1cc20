package uk.gov.safervoices.portal.staff;

import io.micronaut.security.rules.SecurityRule;

/**
 * What to put in {@code @Secured} on a staff controller: a role's name (any one of the listed roles will do),
 * {@link #SIGNED_IN} for every member of staff, or {@link #ANYONE} for the sign-in page. The role names are those
 * of {@link uk.gov.safervoices.admin.account.Role} (a test checks they match).
 */
public final class StaffAccess {
    public static final String ADMIN = "ADMIN";
    public static final String CONSULTATION = "CONSULTATION";
    public static final String ANALYST = "ANALYST";
    public static final String PARTNERSHIP = "PARTNERSHIP";
    public static final String SIGNED_IN = SecurityRule.IS_AUTHENTICATED;
    public static final String ANYONE = SecurityRule.IS_ANONYMOUS;

    private StaffAccess() {
    }
}
