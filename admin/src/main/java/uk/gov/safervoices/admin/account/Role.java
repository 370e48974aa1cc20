package uk.gov.safervoices.admin.account;

/** What a member of staff may do. A person may hold several roles. */
public enum Role {
    /** Accounts and settings; reads the audit log. */
    ADMIN,
    /** Questionnaires, consultations, meetings and responses. */
    CONSULTATION,
    /** Weighting and analysis. */
    ANALYST,
    /** Reads results and records the partnership's decisions. */
    PARTNERSHIP
}
