package uk.gov.safervoices.portal.staff;

import uk.gov.safervoices.admin.account.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of the back office, who may use each, and where it lives. A section with no path is not built yet:
 * the dashboard lists it as "coming soon" and the navigation leaves it out. When you build one, give it its
 * route from {@link StaffRoutes} here and it appears in the navigation of the people whose roles allow it.
 */
public enum StaffSection {
    QUESTIONNAIRES("Questionnaires", StaffRoutes.QUESTIONNAIRES, "Design questionnaires and publish new versions.", Role.CONSULTATION),
    CONSULTATIONS("Consultations", StaffRoutes.CONSULTATIONS, "Open and close consultations.", Role.CONSULTATION),
    MEETINGS("Public meetings", StaffRoutes.MEETINGS, "Publish public meetings, see who registered and publish what"
            + " was discussed.", Role.CONSULTATION, Role.PARTNERSHIP),
    RESPONSES("Responses", StaffRoutes.RESPONSES, "Enter paper responses, review flagged responses and export.", Role.CONSULTATION),
    ANALYSIS("Analysis", StaffRoutes.ANALYSIS, "Weight responses to the population and see concerns ranked.", Role.ANALYST,
            Role.PARTNERSHIP),
    CONCERNS("Concerns", StaffRoutes.CONCERNS, "The concern catalogue that questionnaires and crime types map to.",
            Role.CONSULTATION, Role.ANALYST, Role.PARTNERSHIP),
    PRIORITIES("Priorities", StaffRoutes.PRIORITIES, "Record the partnership's priorities and the evidence for them.",
            Role.PARTNERSHIP),
    PLAN("Plan summary", StaffRoutes.PLANS, "Write and publish the plan summary: what residents said and what will be"
            + " done.", Role.CONSULTATION, Role.PARTNERSHIP),
    ENGAGEMENT("Engagement record", StaffRoutes.ENGAGEMENT, "See, line by line, whether this year's statutory"
            + " engagement is done.", Role.CONSULTATION, Role.ANALYST, Role.PARTNERSHIP),
    ACCOUNTS("Accounts", StaffRoutes.ACCOUNTS, "Create staff accounts, set roles, unlock and disable accounts.",
            Role.ADMIN),
    AUDIT("Audit log", StaffRoutes.AUDIT, "See who changed what, and when.", Role.ADMIN);

    private final String title;
    private final String path;
    private final String description;
    private final Set<Role> roles;

    StaffSection(String title, String path, String description, Role first, Role... more) {
        this.title = title;
        this.path = path;
        this.description = description;
        this.roles = EnumSet.of(first, more);
    }

    public String title() {
        return title;
    }

    /** The section's first page, or null while it is not built. */
    public String path() {
        return path;
    }

    public String description() {
        return description;
    }

    public boolean built() {
        return path != null;
    }

    /** Whether someone with these roles may use the section (any one of its roles will do). */
    public boolean allows(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
